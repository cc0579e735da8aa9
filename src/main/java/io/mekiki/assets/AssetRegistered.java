package io.mekiki.assets;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An asset was registered with these details. */
public record AssetRegistered(UUID organizationId, Actor actor, UUID assetId, AssetDetails details)
        implements AssetChange {

    @Override
    public String action() {
        return "assets.asset.registered";
    }

    @Override
    public Map<String, ?> change() {
        return InformationAsset.facts(details);
    }
}
