package io.mekiki.operation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An SLA metric as a client defines or changes it. Left out: {@code code} (derived from the kind),
 * {@code name} (the kind's name; a custom metric must name itself), {@code unit} (the kind's first),
 * {@code direction} and {@code aggregation} (fixed by the kind; a custom metric chooses, by default at least
 * and the mean), {@code period} (monthly), {@code monthlyFee} (unknown), {@code creditTiers} (none).
 */
public record MetricInput(
        @Schema(example = "AVAIL", description = "1–20 of A–Z, 0–9, _ and -, unique within the contract") @Nullable
        String code,

        @Schema(example = "稼働率") @Nullable String name,

        @Schema(example = "AVAILABILITY") @Nullable String kind,

        @Schema(
                example = "PERCENT",
                description = "PERCENT (availability), MINUTES or HOURS (durations), OTHER (custom)")
        @Nullable
        String unit,

        @Schema(description = "A custom metric's unit, 1–20 characters") @Nullable
        String customUnit,

        @Schema(example = "AT_LEAST") @Nullable String direction,

        @Schema(example = "MEAN") @Nullable String aggregation,

        @Schema(example = "99.9") @Nullable BigDecimal target,

        @Schema(example = "MONTHLY") @Nullable String period,

        @Schema(example = "300000", description = "Fee per month in whole yen that credits are a share of") @Nullable
        Long monthlyFee,

        @Nullable List<Tier> creditTiers) {

    /** A credit tier: attainment worse than {@code threshold} earns {@code creditPercent} of the period's fee. */
    public record Tier(
            @Schema(example = "99.0") @Nullable BigDecimal threshold,
            @Schema(example = "10") @Nullable BigDecimal creditPercent) {}
}
