package io.mekiki.decision;

public enum DecisionStatus {
    /** Waiting for an executive. */
    REQUESTED,
    /** Decided; see the outcome. */
    DECIDED
}
