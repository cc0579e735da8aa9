package io.mekiki.assets;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A change to the information asset register; recorded in the audit ledger. */
public record AssetChange(
        UUID organizationId, Actor actor, String action, String subjectType, String subjectId, Map<String, ?> change)
        implements Auditable {

    public static final String ASSET = "INFORMATION_ASSET";
    public static final String REGISTERED = "assets.asset.registered";
    public static final String REVISED = "assets.asset.revised";
    public static final String ARCHIVED = "assets.asset.archived";
    public static final String RESTORED = "assets.asset.restored";
}
