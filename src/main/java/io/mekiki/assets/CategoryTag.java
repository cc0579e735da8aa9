package io.mekiki.assets;

import io.mekiki.shared.AssetCategory;
import org.springframework.data.relational.core.mapping.Table;

@Table("assets_asset_category")
record CategoryTag(AssetCategory category) {}
