package io.mekiki.assets;

import io.mekiki.shared.AssetCategory;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One asset as the register lists and exports it. */
public record AssetRow(
        UUID id,
        String name,
        @Nullable String ownerDepartment,
        @Nullable String description,
        Set<AssetCategory> categories,
        Level assetValue,
        Level riskTolerance,
        @Nullable String currentControls,
        @Nullable Long currentAnnualCost,
        @Nullable String currentServiceLevel,
        @Nullable Boolean financialReporting,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
