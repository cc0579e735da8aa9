package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The yearly supervision review of a contract year came into being: by itself as its due date approached (the
 * actor is the system), or opened early by a risk officer.
 */
public record SupervisionReviewOpened(
        UUID organizationId,
        Actor actor,
        UUID reviewId,
        UUID contractId,
        UUID initiativeId,
        int year,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate dueOn,
        boolean openedEarly)
        implements SupervisionReviewChange {

    @Override
    public String action() {
        return "operation.review.opened";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("contractId", contractId.toString());
        change.put("year", year);
        change.put("periodFrom", periodFrom.toString());
        change.put("periodTo", periodTo.toString());
        change.put("dueOn", dueOn.toString());
        change.put("openedEarly", openedEarly);
        return change;
    }
}
