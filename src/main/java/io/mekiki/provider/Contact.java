package io.mekiki.provider;

import java.util.UUID;

public record Contact(UUID id, UUID providerId, ContactDetails details) {}
