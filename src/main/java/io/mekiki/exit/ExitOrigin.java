package io.mekiki.exit;

/** How an exit started. */
public enum ExitOrigin {
    /** The executive decided to end the use (the initiative took the termination branch). */
    DECISION,
    /** The provider gave notice of termination; its notice period is counted down. */
    PROVIDER_NOTICE,
    /** A risk officer started it by hand for an initiative in continuation or termination. */
    BY_HAND;

    public String messageKey() {
        return "exit.origin." + name();
    }
}
