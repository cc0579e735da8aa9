package io.mekiki.operation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An SLA metric of a contract: what it measures, its contractual target and direction, the period its
 * attainment is judged over, and the service credits the contract grants when a period misses it.
 *
 * @param code the short code that names the metric in a CSV import (unique within the contract)
 * @param unit the unit; {@link MetricUnit#OTHER} for a custom metric, whose {@code customUnit} names it
 * @param monthlyFee the fee a credit is a share of, in whole yen per month; null when not known
 * @param creditTiers the credit tiers, best threshold first; empty when the contract grants none
 */
public record SlaMetric(
        UUID id,
        UUID organizationId,
        UUID contractId,
        String code,
        String name,
        MetricKind kind,
        MetricUnit unit,
        @Nullable String customUnit,
        MetricDirection direction,
        MetricAggregation aggregation,
        BigDecimal target,
        MetricPeriod period,
        @Nullable Long monthlyFee,
        List<MetricCreditTier> creditTiers,
        long version,
        Instant definedAt) {

    public SlaMetric {
        creditTiers = List.copyOf(creditTiers);
    }
}
