package io.mekiki.assets;

import java.util.List;

/** One page of the register, in the order of the names. */
public record AssetPage(List<AssetRow> items, int page, int size, long total) {

    public AssetPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
