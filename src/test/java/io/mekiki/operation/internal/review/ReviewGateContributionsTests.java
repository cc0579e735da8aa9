package io.mekiki.operation.internal.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.contract.TerminationNotice;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.operation.ContinuationOutcome;
import io.mekiki.operation.SupervisionReview;
import io.mekiki.operation.SupervisionReviewStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The continuation gates' conditions with and without the provider's termination notice (ADR 038, ADR 046). */
class ReviewGateContributionsTests {

    private static final TerminationNotice NOTICE =
            new TerminationNotice(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 8, 31), Instant.now());

    @Test
    void withoutANoticeADecidedReviewLeavesBothGatesWaitingForNextYearsReview() {
        Map<Gate, List<GateCondition>> conditions =
                ReviewGateContributions.conditions(Optional.of(review(SupervisionReviewStatus.DECIDED)), true, null);
        assertThat(conditions.get(Gate.CONTINUATION_DECIDED)).singleElement().satisfies(condition -> {
            assertThat(condition.code()).isEqualTo(ReviewGateContributions.SUBMITTED);
            assertThat(condition.met()).isFalse();
        });
        assertThat(conditions.get(Gate.CONTINUATION_SUPERVISION_APPROVED))
                .singleElement()
                .satisfies(condition -> assertThat(condition.met()).isFalse());
        assertThat(ReviewGateContributions.conditions(Optional.empty(), false, null))
                .as("nothing to supervise")
                .isEmpty();
    }

    @Test
    void aNoticeAfterADecidedReviewMeetsTheContinuationDecisionAndRefusesContinuing() {
        Map<Gate, List<GateCondition>> conditions =
                ReviewGateContributions.conditions(Optional.of(review(SupervisionReviewStatus.DECIDED)), true, NOTICE);
        GateCondition decided = conditions.get(Gate.CONTINUATION_DECIDED).get(0);
        assertThat(decided.code()).isEqualTo(ReviewGateContributions.NOTICE);
        assertThat(decided.met()).isTrue();
        assertThat(conditions.get(Gate.CONTINUATION_DECIDED)).hasSize(1);
        GateCondition supervision =
                conditions.get(Gate.CONTINUATION_SUPERVISION_APPROVED).get(0);
        assertThat(supervision.code()).isEqualTo(ReviewGateContributions.NO_CONTINUATION);
        assertThat(supervision.met()).isFalse();
        assertThat(ReviewGateContributions.conditions(Optional.empty(), false, NOTICE)
                        .get(Gate.CONTINUATION_DECIDED)
                        .get(0)
                        .met())
                .as("also when the contract's term has run out")
                .isTrue();
    }

    @Test
    void aNoticeDuringAnOpenReviewLeavesTheSupervisionToTheReview() {
        Map<Gate, List<GateCondition>> conditions = ReviewGateContributions.conditions(
                Optional.of(review(SupervisionReviewStatus.SUBMITTED)), true, NOTICE);
        assertThat(conditions.get(Gate.CONTINUATION_DECIDED).get(0).code()).isEqualTo(ReviewGateContributions.NOTICE);
        GateCondition supervision =
                conditions.get(Gate.CONTINUATION_SUPERVISION_APPROVED).get(0);
        assertThat(supervision.code()).isEqualTo(ReviewGateContributions.SUBMITTED);
        assertThat(supervision.met()).isTrue();
        assertThat(ReviewGateContributions.conditions(
                                Optional.of(review(SupervisionReviewStatus.IN_PROGRESS)), true, NOTICE)
                        .get(Gate.CONTINUATION_SUPERVISION_APPROVED)
                        .get(0)
                        .met())
                .isFalse();
    }

    private static SupervisionReview review(SupervisionReviewStatus status) {
        Instant now = Instant.now();
        return new SupervisionReview(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 4, 30),
                status,
                false,
                "narrative",
                "conclusion",
                ContinuationOutcome.CONTINUE,
                status == SupervisionReviewStatus.IN_PROGRESS ? null : now,
                null,
                null,
                null,
                status == SupervisionReviewStatus.DECIDED ? ContinuationOutcome.CONTINUE : null,
                status == SupervisionReviewStatus.DECIDED ? now : null,
                now,
                1);
    }
}
