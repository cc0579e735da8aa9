package io.mekiki.assets;

import io.mekiki.shared.AssetCategory;
import java.util.Set;
import java.util.UUID;

/** An information asset as other modules see it; immutable. */
public record AssetSummary(
        UUID id, String name, Set<AssetCategory> categories, Level assetValue, Level riskTolerance, boolean archived) {

    public AssetSummary {
        categories = Set.copyOf(categories);
    }

    public boolean holds(AssetCategory category) {
        return categories.contains(category);
    }
}
