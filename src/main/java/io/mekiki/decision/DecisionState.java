package io.mekiki.decision;

import org.jspecify.annotations.Nullable;

/** Where a decision stands, as a reader filters by it: waiting, decided one way or another, or stale. */
public enum DecisionState {
    WAITING(null),
    APPROVED(DecisionOutcome.APPROVED),
    APPROVED_WITH_CONDITIONS(DecisionOutcome.APPROVED_WITH_CONDITIONS),
    REJECTED(DecisionOutcome.REJECTED),
    RETURNED(DecisionOutcome.RETURNED),
    /** An approval whose basis has changed since. */
    STALE(null);

    private final @Nullable DecisionOutcome outcome;

    DecisionState(@Nullable DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    @Nullable
    DecisionOutcome outcome() {
        return outcome;
    }

    public String messageKey() {
        return "decision.state." + name();
    }
}
