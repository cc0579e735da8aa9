package io.mekiki.provider;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A provider as the list shows it. */
public record ProviderRow(
        UUID id,
        String legalName,
        String headquartersCountry,
        @Nullable String parentName,
        @Nullable String parentCountry,
        @Nullable String japaneseEntityName,
        boolean listed,
        int services,
        int attestations,
        Instant updatedAt) {}
