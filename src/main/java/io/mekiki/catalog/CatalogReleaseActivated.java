package io.mekiki.catalog;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** Another catalogue release became the organisation's active one. */
public record CatalogReleaseActivated(UUID organizationId, Actor actor, String releaseId, String before)
        implements CatalogChange {

    @Override
    public String action() {
        return "catalog.release.activated";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("before", before, "after", releaseId);
    }
}
