package io.mekiki.initiative;

/** Where a gate stands. */
public enum GateState {
    /** An approved decision on the current basis exists. */
    APPROVED,
    /** A decision is requested and waits for an executive. */
    WAITING,
    /** Nobody has asked for a decision yet, or the last one was not approved. */
    OPEN,
    /** It was approved, but the initiative's basis has changed since: it needs a new decision. */
    STALE;

    public boolean satisfied() {
        return this == APPROVED;
    }
}
