package io.mekiki.assets;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An asset was restored. */
public record AssetRestored(UUID organizationId, Actor actor, UUID assetId, String name) implements AssetChange {

    @Override
    public String action() {
        return "assets.asset.restored";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("name", name);
    }
}
