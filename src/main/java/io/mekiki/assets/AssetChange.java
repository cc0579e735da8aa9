package io.mekiki.assets;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that happened to an asset of the information asset register; recorded in the audit ledger
 * in the transaction of the change.
 */
public sealed interface AssetChange extends Auditable
        permits AssetRegistered, AssetRevised, AssetArchived, AssetRestored {

    String ASSET = "INFORMATION_ASSET";

    UUID assetId();

    @Override
    default String subjectType() {
        return ASSET;
    }

    @Override
    default String subjectId() {
        return assetId().toString();
    }
}
