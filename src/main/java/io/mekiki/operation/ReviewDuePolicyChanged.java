package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An administrator or risk officer changed the organisation's rule for the due dates of supervision reviews;
 * reviews opened afterwards follow it, those already open keep their date.
 */
public record ReviewDuePolicyChanged(UUID organizationId, Actor actor, ReviewDuePolicy policy)
        implements SupervisionReviewChange {

    /** The ledger subject of the rule: the organisation's review rule, by the organisation's id. */
    @Override
    public UUID reviewId() {
        return organizationId;
    }

    @Override
    public String subjectType() {
        return "SUPERVISION_REVIEW_RULE";
    }

    @Override
    public String action() {
        return "operation.reviewRule.changed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("rule", policy.rule().name());
        change.put("daysAfter", policy.daysAfter());
        change.put(
                "fixedDay", policy.fixedDay() == null ? null : policy.fixedDay().toString());
        return change;
    }
}
