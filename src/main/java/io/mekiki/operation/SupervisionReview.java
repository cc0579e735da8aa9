package io.mekiki.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The yearly supervision review (外部委託先の監督状況) of a contract in force: one per contract year (ADR 038).
 *
 * @param year the contract year it reviews, 1 for the first
 * @param periodFrom first day of the year reviewed
 * @param periodTo last day of the year reviewed
 * @param dueOn the day by which it is to be decided, by the organisation's rule
 * @param openedEarly whether someone opened it before it came due by itself
 * @param narrative the risk officer's assessment of the year; null until written
 * @param conclusion the assessment's conclusion in one sentence; null until written
 * @param recommendedOutcome the continuation the risk officer recommends; null until written
 * @param submittedAt when the risk officer submitted it and the year's figures were frozen
 * @param approvalDecisionId the executive's decision on the supervision of the year (gate
 *     CONTINUATION_SUPERVISION_APPROVED), once requested
 * @param continuationDecisionId the executive's decision on the continuation (gate CONTINUATION_DECIDED), once
 *     requested
 * @param outcome the continuation decided; null until decided
 */
public record SupervisionReview(
        UUID id,
        UUID organizationId,
        UUID contractId,
        UUID initiativeId,
        int year,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate dueOn,
        SupervisionReviewStatus status,
        boolean openedEarly,
        @Nullable String narrative,
        @Nullable String conclusion,
        @Nullable ContinuationOutcome recommendedOutcome,
        @Nullable Instant submittedAt,
        @Nullable String submittedByName,
        @Nullable UUID approvalDecisionId,
        @Nullable UUID continuationDecisionId,
        @Nullable ContinuationOutcome outcome,
        @Nullable Instant decidedAt,
        Instant createdAt,
        long version) {

    /** Not decided by its due date. */
    public boolean overdue(LocalDate today) {
        return status != SupervisionReviewStatus.DECIDED && today.isAfter(dueOn);
    }

    /** Days from today to the due date, negative once past. */
    public long daysToDue(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
    }
}
