package io.mekiki.instruction;

public enum InstructionStatus {
    /** Issued, or sent back; waiting for a report. */
    OPEN,
    /** A report is waiting for the executive's review. */
    REPORTED,
    /** The executive accepted the report. */
    ACCEPTED
}
