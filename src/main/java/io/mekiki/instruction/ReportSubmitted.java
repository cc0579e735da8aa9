package io.mekiki.instruction;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The assignee reported on an instruction, with the files attached to the report. */
public record ReportSubmitted(
        UUID organizationId, Actor actor, UUID instructionId, UUID reportId, String text, List<File> attachments)
        implements InstructionChange {

    public ReportSubmitted {
        attachments = List.copyOf(attachments);
    }

    @Override
    public String action() {
        return "instruction.report.submitted";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of(
                "reportId",
                reportId.toString(),
                "text",
                text,
                "attachments",
                attachments.stream().map(File::facts).toList());
    }

    /** A file attached to the report: its name, media type (from its content), size and SHA-256. */
    public record File(UUID id, String fileName, String mediaType, long size, String sha256) {

        Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("id", id.toString());
            facts.put("fileName", fileName);
            facts.put("mediaType", mediaType);
            facts.put("size", size);
            facts.put("sha256", sha256);
            return facts;
        }
    }
}
