package io.mekiki.assets;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An asset's details were revised; the ledger records the fields that changed, before and after. */
public record AssetRevised(UUID organizationId, Actor actor, UUID assetId, AssetDetails before, AssetDetails after)
        implements AssetChange {

    @Override
    public String action() {
        return "assets.asset.revised";
    }

    /** Whether the asset's categories changed, which is what scoping reads of it. */
    public boolean categoriesChanged() {
        return !before.categories().equals(after.categories());
    }

    /** Whether the asset's use in financial reporting changed, which scoping rule set 2 reads. */
    public boolean financialReportingChanged() {
        return !java.util.Objects.equals(before.financialReporting(), after.financialReporting());
    }

    @Override
    public Map<String, ?> change() {
        return InformationAsset.differences(before, after);
    }
}
