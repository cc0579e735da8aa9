package io.mekiki.instruction;

import io.mekiki.shared.LifeCyclePhase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An instruction with its reports and reviews, as other modules and the pages read it. */
public record Instruction(
        UUID id,
        UUID organizationId,
        String subjectType,
        UUID subjectId,
        LifeCyclePhase phase,
        @Nullable String gateTopic,
        List<String> checkItemIds,
        String title,
        String description,
        UUID assignee,
        String assigneeName,
        UUID issuedBy,
        String issuedByName,
        Instant issuedAt,
        LocalDate dueDate,
        InstructionStatus status,
        List<Report> reports,
        List<Review> reviews) {

    public boolean overdue(LocalDate today) {
        return status != InstructionStatus.ACCEPTED && dueDate.isBefore(today);
    }

    /** What the assignee reported. */
    public record Report(UUID id, String text, List<Attachment> attachments, UUID submittedBy, Instant submittedAt) {}

    /** An executive's review of a report: accepted, or sent back with a comment. */
    public record Review(
            UUID reportId,
            boolean accepted,
            String comment,
            UUID reviewedBy,
            String reviewedByName,
            Instant reviewedAt) {}

    /** A file attached to a report. */
    public record Attachment(UUID id, String fileName, String mediaType, long size, String sha256) {}
}
