package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The risk officer wrote (or rewrote) the assessment of a year of supervision. */
public record SupervisionReviewAssessed(
        UUID organizationId,
        Actor actor,
        UUID reviewId,
        String narrative,
        String conclusion,
        ContinuationOutcome recommendedOutcome)
        implements SupervisionReviewChange {

    @Override
    public String action() {
        return "operation.review.assessed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("narrative", narrative);
        change.put("conclusion", conclusion);
        change.put("recommendedOutcome", recommendedOutcome.name());
        return change;
    }
}
