package io.mekiki.decision;

/** How an executive decided. */
public enum DecisionOutcome {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    /** Sent back for more work; the requester may ask again with a new request. */
    RETURNED;

    public boolean approves() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
