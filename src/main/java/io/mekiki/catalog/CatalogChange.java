package io.mekiki.catalog;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A change to an organisation's catalogue: a release uploaded or made the active one. */
public record CatalogChange(
        UUID organizationId, Actor actor, String action, String subjectType, String subjectId, Map<String, ?> change)
        implements Auditable {

    public static final String RELEASE = "CATALOG_RELEASE";
}
