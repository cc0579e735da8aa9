package io.mekiki.instruction;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that happened to an instruction: issued, reported on, accepted or sent back; recorded in the
 * audit ledger in the transaction of the change.
 */
public sealed interface InstructionChange extends Auditable
        permits InstructionIssued, ReportSubmitted, ReportAccepted, ReportSentBack {

    String INSTRUCTION = "INSTRUCTION";

    UUID instructionId();

    @Override
    default String subjectType() {
        return INSTRUCTION;
    }

    @Override
    default String subjectId() {
        return instructionId().toString();
    }
}
