package io.mekiki.provider;

import java.util.UUID;

/** A provider to choose in a form. */
public record ProviderChoice(UUID id, String legalName) {}
