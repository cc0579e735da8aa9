package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An incident was closed with a summary of what happened and what was done. */
public record IncidentClosed(
        UUID organizationId, Actor actor, UUID incidentId, UUID initiativeId, String code, String summary)
        implements IncidentChange {

    @Override
    public String action() {
        return "operation.incident.closed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("code", code);
        change.put("summary", summary);
        return change;
    }
}
