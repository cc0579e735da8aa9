package io.mekiki.instruction;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The executive accepted the latest report on an instruction. Carries the instruction's subject and gate
 * topic, so that the module owning the subject can tell whether a gate's condition is now met.
 */
public record ReportAccepted(
        UUID organizationId,
        Actor actor,
        UUID instructionId,
        UUID reportId,
        String comment,
        String instructionSubjectType,
        UUID instructionSubjectId,
        @Nullable String gateTopic)
        implements InstructionChange {

    @Override
    public String action() {
        return "instruction.report.accepted";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("reportId", reportId.toString(), "comment", comment);
    }
}
