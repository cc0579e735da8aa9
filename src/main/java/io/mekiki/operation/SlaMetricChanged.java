package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** An SLA metric's definition was changed; the ledger shows each changed fact before and after. */
public record SlaMetricChanged(UUID organizationId, Actor actor, UUID contractId, SlaMetric before, SlaMetric after)
        implements SlaChange {

    @Override
    public String action() {
        return "operation.slaMetric.changed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("slaMetric", after.code() + " " + after.name());
        Map<String, Object> was = facts(before);
        Map<String, Object> now = facts(after);
        now.forEach((key, value) -> {
            if (!Objects.equals(was.get(key), value)) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("before", was.get(key));
                pair.put("after", value);
                change.put(key, pair);
            }
        });
        return change;
    }

    /** A metric's definition as the ledger records it. */
    static Map<String, Object> facts(SlaMetric metric) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("slaMetric", metric.code() + " " + metric.name());
        facts.put("slaKind", metric.kind().name());
        facts.put("slaTarget", metric.target().toPlainString() + " " + unit(metric));
        facts.put("slaDirection", metric.direction().name());
        facts.put("slaAggregation", metric.aggregation().name());
        facts.put("slaPeriod", metric.period().name());
        facts.put("slaMonthlyFee", metric.monthlyFee());
        facts.put(
                "slaCreditTiers",
                metric.creditTiers().stream()
                        .map(tier -> tier.threshold().toPlainString() + " → "
                                + tier.creditPercent().toPlainString() + "%")
                        .toList());
        return facts;
    }

    private static String unit(SlaMetric metric) {
        return switch (metric.unit()) {
            case PERCENT -> "%";
            case MINUTES -> "min";
            case HOURS -> "h";
            case OTHER -> metric.customUnit() == null ? "" : metric.customUnit();
        };
    }
}
