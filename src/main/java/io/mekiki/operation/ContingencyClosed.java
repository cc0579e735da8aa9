package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An executive closed a contingency with its review; from now on it is read-only. */
public record ContingencyClosed(
        UUID organizationId,
        Actor actor,
        UUID contingencyId,
        String title,
        String worked,
        String notWorked,
        String actions)
        implements ContingencyChange {

    @Override
    public String action() {
        return "operation.contingency.closed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("reviewWorked", worked);
        change.put("reviewNotWorked", notWorked);
        change.put("reviewActions", actions);
        return change;
    }
}
