package io.mekiki.operation;

/**
 * Where the executive decision on a finding's response stands: the newest decision on the initiative whose
 * topic is the finding's ({@link OperationFinding#decisionTopic()}).
 */
public enum OperationFindingDecision {
    /** Nobody asked for one yet. */
    NONE,
    /** Requested, waiting for an executive. */
    WAITING,
    /** Approved (with or without conditions) on the current basis. */
    APPROVED,
    /** Rejected or returned: to be asked again. */
    NOT_APPROVED,
    /** Approved, but the facts it rested on changed since. */
    STALE;

    public boolean settled() {
        return this == APPROVED;
    }

    public String messageKey() {
        return "operationFinding.decision." + name();
    }
}
