package io.mekiki.assets.web;

import io.mekiki.assets.AssetRow;
import io.mekiki.assets.InformationAsset;
import io.mekiki.assets.Level;
import io.mekiki.shared.AssetCategory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An information asset as the API shows it. */
record AssetView(
        UUID id,
        String name,
        @Nullable String ownerDepartment,
        @Nullable String description,
        List<AssetCategory> categories,
        Level assetValue,
        Level riskTolerance,
        @Nullable String currentControls,
        @Nullable Long currentAnnualCost,
        @Nullable String currentServiceLevel,
        @Nullable Boolean financialReporting,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static AssetView of(InformationAsset asset) {
        return new AssetView(
                asset.id(),
                asset.name(),
                asset.ownerDepartment(),
                asset.description(),
                sorted(asset.categories()),
                asset.assetValue(),
                asset.riskTolerance(),
                asset.currentControls(),
                asset.currentAnnualCost(),
                asset.currentServiceLevel(),
                asset.financialReporting(),
                asset.archived(),
                asset.createdAt(),
                asset.updatedAt(),
                asset.version() == null ? 0 : asset.version());
    }

    static AssetView of(AssetRow row) {
        return new AssetView(
                row.id(),
                row.name(),
                row.ownerDepartment(),
                row.description(),
                sorted(row.categories()),
                row.assetValue(),
                row.riskTolerance(),
                row.currentControls(),
                row.currentAnnualCost(),
                row.currentServiceLevel(),
                row.financialReporting(),
                row.archived(),
                row.createdAt(),
                row.updatedAt(),
                row.version());
    }

    private static List<AssetCategory> sorted(Set<AssetCategory> categories) {
        return categories.stream().sorted().toList();
    }
}
