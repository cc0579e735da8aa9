package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The executive approved the supervision of the year (gate CONTINUATION_SUPERVISION_APPROVED); the decision on
 * the continuation is requested with it.
 */
public record SupervisionReviewApproved(
        UUID organizationId,
        Actor actor,
        UUID reviewId,
        UUID approvalDecisionId,
        @Nullable UUID continuationDecisionId) implements SupervisionReviewChange {

    @Override
    public String action() {
        return "operation.review.approved";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("approvalDecisionId", approvalDecisionId.toString());
        change.put("continuationDecisionId", continuationDecisionId == null ? null : continuationDecisionId.toString());
        return change;
    }
}
