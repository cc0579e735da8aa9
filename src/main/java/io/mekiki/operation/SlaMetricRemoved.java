package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An SLA metric was removed from a contract; its measurements and breaches stay on record. */
public record SlaMetricRemoved(
        UUID organizationId, Actor actor, UUID contractId, UUID metricId, String code, String name, int measurements)
        implements SlaChange {

    @Override
    public String action() {
        return "operation.slaMetric.removed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("slaMetric", code + " " + name);
        change.put("slaMeasurements", measurements);
        return change;
    }
}
