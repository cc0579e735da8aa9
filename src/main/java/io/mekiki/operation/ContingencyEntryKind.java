package io.mekiki.operation;

/**
 * What a timeline entry of a contingency records; the label is {@code contingency.entryKind.<NAME>}. Business
 * owners may record only {@link #STATUS_UPDATE}s, on initiatives they own.
 */
public enum ContingencyEntryKind {
    /** An instruction given by whoever commands (指示). */
    COMMAND,
    /** A decision taken, or asked of an executive per affected initiative. */
    DECISION,
    /** What customers were told. */
    CUSTOMER_COMMUNICATION,
    /** What an authority was told: which authority, and the reference of the report. */
    AUTHORITY_COMMUNICATION,
    /** Where things stand. */
    STATUS_UPDATE;

    public String messageKey() {
        return "contingency.entryKind." + name();
    }
}
