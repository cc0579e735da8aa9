package io.mekiki.instruction;

import io.mekiki.shared.LifeCyclePhase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One instruction as it moves: issued OPEN, REPORTED by its assignee, then ACCEPTED or sent back to
 * OPEN by an executive. Reports and reviews are only ever added, so the history stays whole; every
 * transition refuses what its state or its input does not allow and then changes nothing.
 */
final class IssuedInstruction {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 10_000;
    static final int REPORT_MAX = 20_000;
    static final int COMMENT_MAX = 5_000;
    static final int CHECK_ITEMS_MAX = 50;

    private static final Pattern SUBJECT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern GATE_TOPIC = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");
    private static final Pattern CHECK_ITEM = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

    private final UUID id;
    private final UUID organizationId;
    private final UUID assignee;
    private InstructionStatus status;
    private final long version;
    private @Nullable UUID latestReportId;

    IssuedInstruction(
            UUID id,
            UUID organizationId,
            UUID assignee,
            InstructionStatus status,
            long version,
            @Nullable UUID latestReportId) {
        this.id = id;
        this.organizationId = organizationId;
        this.assignee = assignee;
        this.status = status;
        this.version = version;
        this.latestReportId = latestReportId;
    }

    /**
     * Checks what an executive instructs and returns it cleaned (trimmed texts, upper-case codes, no
     * duplicate items); refuses a missing title, a due date before today, and malformed codes.
     */
    static Issue issue(UUID organizationId, UUID issuer, NewInstruction request, LocalDate today, Instant now) {
        String subjectType = upper(request.subjectType());
        if (subjectType == null || !SUBJECT_TYPE.matcher(subjectType).matches()) {
            throw InstructionRuleViolation.invalid("subjectType", "instruction.error.subjectType");
        }
        if (request.subjectId() == null) {
            throw InstructionRuleViolation.invalid("subjectId", "instruction.error.subjectId");
        }
        if (request.phase() == null) {
            throw InstructionRuleViolation.invalid("phase", "instruction.error.phase");
        }
        String gateTopic = upper(request.gateTopic());
        if (gateTopic != null && !GATE_TOPIC.matcher(gateTopic).matches()) {
            throw InstructionRuleViolation.invalid("gateTopic", "instruction.error.gateTopic", gateTopic);
        }
        List<String> checkItemIds = checkItemIds(request.checkItemIds());
        String title = trimmed(request.title());
        if (title == null) {
            throw InstructionRuleViolation.invalid("title", "instruction.error.titleRequired");
        }
        if (title.length() > TITLE_MAX) {
            throw InstructionRuleViolation.invalid("title", "instruction.error.titleTooLong", TITLE_MAX);
        }
        String description = Objects.requireNonNullElse(trimmed(request.description()), "");
        if (description.length() > DESCRIPTION_MAX) {
            throw InstructionRuleViolation.invalid(
                    "description", "instruction.error.descriptionTooLong", DESCRIPTION_MAX);
        }
        if (request.assignee() == null) {
            throw InstructionRuleViolation.invalid("assignee", "instruction.error.assigneeRequired");
        }
        if (request.assignee().equals(issuer)) {
            throw InstructionRuleViolation.invalid("assignee", "instruction.error.selfAssigned");
        }
        if (request.dueDate() == null) {
            throw InstructionRuleViolation.invalid("dueDate", "instruction.error.dueDateRequired");
        }
        if (request.dueDate().isBefore(today)) {
            throw InstructionRuleViolation.invalid("dueDate", "instruction.error.dueDatePast", today.toString());
        }
        return new Issue(
                UUID.randomUUID(),
                organizationId,
                subjectType,
                request.subjectId(),
                request.phase(),
                gateTopic,
                checkItemIds,
                title,
                description,
                request.assignee(),
                issuer,
                now,
                request.dueDate(),
                trimmed(request.templateCode()));
    }

    /** The assignee reports while the instruction is open; the report waits for an executive's review. */
    NewReport report(UUID reporter, @Nullable String text, Instant now) {
        if (!assignee.equals(reporter)) {
            throw new AccessDeniedException("Only the assignee reports on instruction " + id);
        }
        if (status != InstructionStatus.OPEN) {
            throw InstructionRuleViolation.stateConflict("instruction.error.notOpen");
        }
        String reportText = trimmed(text);
        if (reportText == null) {
            throw InstructionRuleViolation.invalid("text", "instruction.error.reportTextRequired");
        }
        if (reportText.length() > REPORT_MAX) {
            throw InstructionRuleViolation.invalid("text", "instruction.error.reportTooLong", REPORT_MAX);
        }
        NewReport report = new NewReport(UUID.randomUUID(), id, reportText, reporter, now);
        status = InstructionStatus.REPORTED;
        latestReportId = report.id();
        return report;
    }

    /** An executive accepts the waiting report; the comment may be empty. */
    NewReview accept(UUID reviewer, @Nullable String comment, Instant now) {
        requireWaitingReport(reviewer);
        String text = comment(comment);
        status = InstructionStatus.ACCEPTED;
        return new NewReview(UUID.randomUUID(), id, latestReportId, true, text, reviewer, now);
    }

    /** An executive sends the waiting report back with a comment saying what is missing; it opens again. */
    NewReview sendBack(UUID reviewer, @Nullable String comment, Instant now) {
        requireWaitingReport(reviewer);
        String text = comment(comment);
        if (text.isEmpty()) {
            throw InstructionRuleViolation.invalid("comment", "instruction.error.commentRequired");
        }
        status = InstructionStatus.OPEN;
        return new NewReview(UUID.randomUUID(), id, latestReportId, false, text, reviewer, now);
    }

    private void requireWaitingReport(UUID reviewer) {
        if (status != InstructionStatus.REPORTED || latestReportId == null) {
            throw InstructionRuleViolation.stateConflict(
                    status == InstructionStatus.ACCEPTED
                            ? "instruction.error.alreadyAccepted"
                            : "instruction.error.noReportWaiting");
        }
        if (assignee.equals(reviewer)) {
            throw InstructionRuleViolation.notForWhoAsks("instruction.error.ownReport");
        }
    }

    private static String comment(@Nullable String comment) {
        String text = Objects.requireNonNullElse(trimmed(comment), "");
        if (text.length() > COMMENT_MAX) {
            throw InstructionRuleViolation.invalid("comment", "instruction.error.commentTooLong", COMMENT_MAX);
        }
        return text;
    }

    private static List<String> checkItemIds(@Nullable List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String raw : ids) {
            String id = upper(raw);
            if (id == null) {
                continue;
            }
            if (!CHECK_ITEM.matcher(id).matches()) {
                throw InstructionRuleViolation.invalid("checkItemIds", "instruction.error.checkItemFormat", raw);
            }
            cleaned.add(id);
        }
        if (cleaned.size() > CHECK_ITEMS_MAX) {
            throw InstructionRuleViolation.invalid(
                    "checkItemIds", "instruction.error.tooManyCheckItems", CHECK_ITEMS_MAX);
        }
        return new ArrayList<>(cleaned);
    }

    private static @Nullable String trimmed(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static @Nullable String upper(@Nullable String code) {
        String text = trimmed(code);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    UUID id() {
        return id;
    }

    UUID organizationId() {
        return organizationId;
    }

    UUID assignee() {
        return assignee;
    }

    InstructionStatus status() {
        return status;
    }

    /** The version it was loaded at; saving a transition requires that nobody saved one since. */
    long version() {
        return version;
    }

    /** A checked new instruction, ready to store. */
    record Issue(
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
            UUID issuedBy,
            Instant issuedAt,
            LocalDate dueDate,
            @Nullable String templateCode) {

        IssuedInstruction opened() {
            return new IssuedInstruction(id, organizationId, assignee, InstructionStatus.OPEN, 0, null);
        }

        /** What the audit ledger records of it. */
        Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("subjectType", subjectType);
            facts.put("subjectId", subjectId.toString());
            facts.put("phase", phase.name());
            facts.put("gateTopic", gateTopic);
            facts.put("checkItemIds", checkItemIds);
            facts.put("title", title);
            facts.put("description", description);
            facts.put("assignee", assignee.toString());
            facts.put("dueDate", dueDate.toString());
            facts.put("templateCode", templateCode);
            return facts;
        }
    }

    /** A report to store; its attachments are stored beside it. */
    record NewReport(UUID id, UUID instructionId, String text, UUID submittedBy, Instant submittedAt) {}

    /** A review to store. */
    record NewReview(
            UUID id,
            UUID instructionId,
            UUID reportId,
            boolean accepted,
            String comment,
            UUID reviewedBy,
            Instant reviewedAt) {}
}
