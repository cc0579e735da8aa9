package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The risk officer submitted a year of supervision: its compiled figures are frozen (their SHA-256 recorded
 * here) and the executive's approval of the supervision is requested.
 */
public record SupervisionReviewSubmitted(
        UUID organizationId,
        Actor actor,
        UUID reviewId,
        String compiledSha256,
        UUID approvalDecisionId,
        ContinuationOutcome recommendedOutcome)
        implements SupervisionReviewChange {

    @Override
    public String action() {
        return "operation.review.submitted";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("compiledSha256", compiledSha256);
        change.put("approvalDecisionId", approvalDecisionId.toString());
        change.put("recommendedOutcome", recommendedOutcome.name());
        return change;
    }
}
