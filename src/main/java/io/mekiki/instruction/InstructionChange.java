package io.mekiki.instruction;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A change to an instruction: issued, reported on, accepted or sent back; recorded in the audit ledger. */
public record InstructionChange(
        UUID organizationId, Actor actor, String action, String subjectType, String subjectId, Map<String, ?> change)
        implements Auditable {

    public static final String INSTRUCTION = "INSTRUCTION";
    public static final String ISSUED = "instruction.instruction.issued";
    public static final String REPORTED = "instruction.report.submitted";
    public static final String ACCEPTED = "instruction.report.accepted";
    public static final String SENT_BACK = "instruction.report.sentBack";
}
