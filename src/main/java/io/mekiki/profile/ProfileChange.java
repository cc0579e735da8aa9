package io.mekiki.profile;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A change to an organisation's compliance profile; recorded in the audit ledger. */
public record ProfileChange(
        UUID organizationId, Actor actor, String action, String subjectType, String subjectId, Map<String, ?> change)
        implements Auditable {

    public static final String PROFILE = "ORGANIZATION_PROFILE";
    public static final String UPDATED = "profile.profile.updated";
}
