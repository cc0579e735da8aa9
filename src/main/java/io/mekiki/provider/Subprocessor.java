package io.mekiki.provider;

import java.util.UUID;

public record Subprocessor(UUID id, UUID providerId, SubprocessorDetails details) {}
