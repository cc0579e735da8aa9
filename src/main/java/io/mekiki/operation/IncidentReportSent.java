package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A report an incident owed under its reporting rules was marked as sent. */
public record IncidentReportSent(
        UUID organizationId,
        Actor actor,
        UUID incidentId,
        UUID initiativeId,
        String code,
        String ruleId,
        String reportId,
        LocalDate sentOn,
        String reference)
        implements IncidentChange {

    @Override
    public String action() {
        return "operation.incident.report-sent";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("code", code);
        change.put("rule", ruleId);
        change.put("report", reportId);
        change.put("sentOn", sentOn.toString());
        change.put("reference", reference);
        return change;
    }
}
