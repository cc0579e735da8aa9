package io.mekiki.initiative;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A change to an initiative; recorded in the audit ledger. */
public record InitiativeChange(
        UUID organizationId, Actor actor, String action, String subjectType, String subjectId, Map<String, ?> change)
        implements Auditable {

    public static final String INITIATIVE = "INITIATIVE";
    public static final String CREATED = "initiative.initiative.created";
    public static final String REVISED = "initiative.initiative.revised";
    public static final String RESCOPED = "initiative.scoping.recomputed";
    public static final String MEASURED = "initiative.kpi.measured";
    public static final String MOVED = "initiative.phase.moved";
}
