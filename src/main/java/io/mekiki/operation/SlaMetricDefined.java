package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An SLA metric was defined on a contract. */
public record SlaMetricDefined(UUID organizationId, Actor actor, UUID contractId, SlaMetric metric)
        implements SlaChange {

    @Override
    public String action() {
        return "operation.slaMetric.defined";
    }

    @Override
    public Map<String, ?> change() {
        return SlaMetricChanged.facts(metric);
    }
}
