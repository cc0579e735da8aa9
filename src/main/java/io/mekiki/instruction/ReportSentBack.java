package io.mekiki.instruction;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** The executive sent the latest report on an instruction back for more work. */
public record ReportSentBack(UUID organizationId, Actor actor, UUID instructionId, UUID reportId, String comment)
        implements InstructionChange {

    @Override
    public String action() {
        return "instruction.report.sentBack";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("reportId", reportId.toString(), "comment", comment);
    }
}
