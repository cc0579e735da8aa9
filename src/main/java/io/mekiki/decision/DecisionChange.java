package io.mekiki.decision;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A change to a decision; recorded in the audit ledger. */
public record DecisionChange(
        UUID organizationId, Actor actor, String action, String subjectType, String subjectId, Map<String, ?> change)
        implements Auditable {

    public static final String DECISION = "DECISION";
    public static final String REQUESTED = "decision.decision.requested";
    public static final String REVISED = "decision.decision.revised";
    public static final String DECIDED = "decision.decision.decided";
    public static final String BECAME_STALE = "decision.decision.stale";
    public static final String CONDITION_DONE = "decision.condition.done";
    public static final String EVIDENCE_ADDED = "decision.evidence.added";
}
