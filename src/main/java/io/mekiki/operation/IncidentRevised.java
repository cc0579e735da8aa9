package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An incident's record was changed.
 *
 * @param changes the fields that changed, each with its value before and after
 */
public record IncidentRevised(
        UUID organizationId,
        Actor actor,
        UUID incidentId,
        UUID initiativeId,
        String code,
        Map<String, Map<String, ?>> changes)
        implements IncidentChange {

    @Override
    public String action() {
        return "operation.incident.revised";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("code", code);
        change.putAll(changes);
        return change;
    }
}
