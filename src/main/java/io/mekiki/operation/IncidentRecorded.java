package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An incident was recorded on an initiative in operation. */
public record IncidentRecorded(
        UUID organizationId,
        Actor actor,
        UUID incidentId,
        UUID initiativeId,
        String code,
        IncidentType type,
        IncidentSeverity severity,
        String title,
        Instant awareAt,
        String rulesId)
        implements IncidentChange {

    @Override
    public String action() {
        return "operation.incident.recorded";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("code", code);
        change.put("type", type.name());
        change.put("severity", severity.name());
        change.put("title", title);
        change.put("awareAt", awareAt.toString());
        change.put("reportingRules", rulesId);
        return change;
    }
}
