package io.mekiki.instruction;

import io.mekiki.audit.TableSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Instructions in the audit ledger, by their title, linked to their page. */
@Component
class InstructionLedgerSubjects extends TableSubjects {

    InstructionLedgerSubjects(JdbcClient jdbc) {
        super(jdbc, InstructionChange.INSTRUCTION, "instruction_instruction", "title", "/instructions/");
    }
}
