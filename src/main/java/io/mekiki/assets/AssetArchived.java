package io.mekiki.assets;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An asset was archived; it can no longer be revised until it is restored. */
public record AssetArchived(UUID organizationId, Actor actor, UUID assetId, String name) implements AssetChange {

    @Override
    public String action() {
        return "assets.asset.archived";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("name", name);
    }
}
