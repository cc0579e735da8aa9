package io.mekiki.assets;

import io.mekiki.shared.AssetCategory;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An information asset as other modules see it; immutable.
 *
 * @param financialReporting whether it is used in a process that affects financial reporting; null while
 *     not known
 */
public record AssetSummary(
        UUID id,
        String name,
        Set<AssetCategory> categories,
        Level assetValue,
        Level riskTolerance,
        boolean archived,
        @Nullable Boolean financialReporting) {

    public AssetSummary(
            UUID id,
            String name,
            Set<AssetCategory> categories,
            Level assetValue,
            Level riskTolerance,
            boolean archived) {
        this(id, name, categories, assetValue, riskTolerance, archived, null);
    }

    public AssetSummary {
        categories = AssetCategory.inOrder(categories);
    }

    public boolean holds(AssetCategory category) {
        return categories.contains(category);
    }
}
