package io.mekiki.instruction;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An executive issued an instruction on a subject (for a gate, when {@code gateTopic} is set);
 * {@code facts} is the instruction as the ledger records it.
 */
public record InstructionIssued(
        UUID organizationId,
        Actor actor,
        UUID instructionId,
        String instructionSubjectType,
        UUID instructionSubjectId,
        @Nullable String gateTopic,
        Map<String, ?> facts)
        implements InstructionChange {

    @Override
    public String action() {
        return "instruction.instruction.issued";
    }

    @Override
    public Map<String, ?> change() {
        return facts;
    }
}
