package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A period of an SLA metric missed its target and the miss is final: recorded once per metric and period,
 * beside {@link SlaBreached}, which tells the findings.
 */
public record SlaBreachDetected(
        UUID organizationId,
        Actor actor,
        UUID contractId,
        UUID metricId,
        String code,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal target,
        BigDecimal attained,
        @Nullable BigDecimal creditPercent,
        @Nullable Long creditDue)
        implements SlaChange {

    @Override
    public String action() {
        return "operation.slaBreach.detected";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("slaMetric", code + " " + name);
        change.put("slaPeriodStart", periodStart.toString());
        change.put("slaPeriodEnd", periodEnd.toString());
        change.put("slaTarget", target);
        change.put("slaAttained", attained);
        change.put("slaCreditPercent", creditPercent);
        change.put("slaCreditDue", creditDue);
        return change;
    }
}
