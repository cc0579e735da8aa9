package io.mekiki.decision;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/** Something that happened to a decision; recorded in the audit ledger in the transaction of the change. */
public sealed interface DecisionChange extends Auditable
        permits DecisionRequested,
                DecisionRevised,
                DecisionDecided,
                DecisionBecameStale,
                DecisionConditionDone,
                DecisionEvidenceAdded {

    String DECISION = "DECISION";

    UUID decisionId();

    @Override
    default String subjectType() {
        return DECISION;
    }

    @Override
    default String subjectId() {
        return decisionId().toString();
    }
}
