package io.mekiki.catalog;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A catalogue release was uploaded: its number of items, the SHA-256 of its files and the file's name. */
public record CatalogReleaseUploaded(
        UUID organizationId, Actor actor, String releaseId, int items, String sha256, String file)
        implements CatalogChange {

    @Override
    public String action() {
        return "catalog.release.uploaded";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("items", items, "sha256", sha256, "file", file);
    }
}
