package io.mekiki.assets;

import io.mekiki.shared.AssetCategory;
import org.jspecify.annotations.Nullable;

/**
 * Which assets of the register to list.
 *
 * @param text words to find in the name, the owner department or the description; any letter case
 * @param category only assets holding this category
 * @param includeArchived also archived assets, which are hidden otherwise
 */
public record AssetQuery(@Nullable String text, @Nullable AssetCategory category, boolean includeArchived) {

    public AssetQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static AssetQuery all() {
        return new AssetQuery(null, null, false);
    }
}
