package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The executive decided, at the end of a year of supervision, whether the use of the service continues
 * (ADR 038). Published in the transaction of the decision; an outcome {@link ContinuationOutcome#END} is where
 * an exit starts.
 *
 * @param decisionId the executive's decision on the gate CONTINUATION_DECIDED
 * @param conditions the follow-up items of a continuation with conditions; empty otherwise
 */
public record ContinuationDecided(
        UUID organizationId,
        Actor actor,
        UUID initiativeId,
        UUID contractId,
        UUID reviewId,
        int year,
        ContinuationOutcome outcome,
        UUID decisionId,
        String rationale,
        List<String> conditions)
        implements SupervisionReviewChange {

    public ContinuationDecided {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    @Override
    public String action() {
        return "operation.review.continuationDecided";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("year", year);
        change.put("outcome", outcome.name());
        change.put("decisionId", decisionId.toString());
        change.put("rationale", rationale);
        change.put("conditions", conditions);
        return change;
    }
}
