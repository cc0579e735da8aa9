package io.mekiki.operation;

import java.math.BigDecimal;

/**
 * A tier of service credits the contract grants: when a period's attainment is worse than {@code threshold}
 * (below it for an "at least" metric, above it for an "at most" one), the provider credits
 * {@code creditPercent} of the period's fee. Of several tiers that apply, the largest credit counts.
 */
public record MetricCreditTier(BigDecimal threshold, BigDecimal creditPercent) {}
