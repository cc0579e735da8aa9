package io.mekiki.instruction.web;

import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.shared.LifeCyclePhase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An instruction as the API shows it, with its reports, their attachments and the reviews. */
record InstructionView(
        UUID id,
        Subject subject,
        LifeCyclePhase phase,
        @Nullable String gateTopic,
        List<String> checkItemIds,
        String title,
        String description,
        Person assignee,
        Person issuedBy,
        Instant issuedAt,
        LocalDate dueDate,
        InstructionStatus status,

        @Schema(description = "Not accepted and the due date (Japan time) has passed")
        boolean overdue,

        List<Report> reports,
        List<Review> reviews) {

    static InstructionView of(Instruction instruction, LocalDate today) {
        return new InstructionView(
                instruction.id(),
                new Subject(instruction.subjectType(), instruction.subjectId()),
                instruction.phase(),
                instruction.gateTopic(),
                instruction.checkItemIds(),
                instruction.title(),
                instruction.description(),
                new Person(instruction.assignee(), instruction.assigneeName()),
                new Person(instruction.issuedBy(), instruction.issuedByName()),
                instruction.issuedAt(),
                instruction.dueDate(),
                instruction.status(),
                instruction.overdue(today),
                instruction.reports().stream().map(Report::of).toList(),
                instruction.reviews().stream().map(Review::of).toList());
    }

    record Subject(@Schema(example = "INITIATIVE") String type, UUID id) {}

    record Person(UUID id, String name) {}

    record Report(UUID id, String text, List<Attachment> attachments, UUID submittedBy, Instant submittedAt) {
        static Report of(Instruction.Report report) {
            return new Report(
                    report.id(),
                    report.text(),
                    report.attachments().stream().map(Attachment::of).toList(),
                    report.submittedBy(),
                    report.submittedAt());
        }
    }

    record Attachment(
            UUID id,
            String fileName,

            @Schema(description = "Detected from the content, not from the name")
            String mediaType,

            long size,
            String sha256,
            @Schema(example = "/api/v1/attachments/0b9f…") String href) {
        static Attachment of(Instruction.Attachment attachment) {
            return new Attachment(
                    attachment.id(),
                    attachment.fileName(),
                    attachment.mediaType(),
                    attachment.size(),
                    attachment.sha256(),
                    "/api/v1/attachments/" + attachment.id());
        }
    }

    record Review(
            UUID reportId,

            @Schema(allowableValues = {"ACCEPTED", "SENT_BACK"})
            String outcome,

            String comment,
            Person reviewedBy,
            Instant reviewedAt) {
        static Review of(Instruction.Review review) {
            return new Review(
                    review.reportId(),
                    review.accepted() ? "ACCEPTED" : "SENT_BACK",
                    review.comment(),
                    new Person(review.reviewedBy(), review.reviewedByName()),
                    review.reviewedAt());
        }
    }
}
