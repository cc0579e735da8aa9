package io.mekiki.initiative;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An asset in the initiative's scope, with its categories as they were when the scoping was last
 * computed (sorted names, comma-separated): they belong to the basis of the initiative's decisions.
 */
@Table("initiative_asset")
record ScopedAsset(UUID assetId, String categories) {}
