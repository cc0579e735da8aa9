package io.mekiki.exit;

/** Where an exit stands. */
public enum ExitStatus {
    /** Nothing returned yet. */
    PLANNED,
    /** Returns or deletion evidence under way; something is still missing. */
    IN_PROGRESS,
    /** Every data set returned complete and the deletion evidenced: the executive can confirm both. */
    READY,
    /** The initiative is closed; the records stay readable. */
    CLOSED;

    public String messageKey() {
        return "exit.status." + name();
    }
}
