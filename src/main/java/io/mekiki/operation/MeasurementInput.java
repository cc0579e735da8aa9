package io.mekiki.operation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A measurement as a client sends it: the metric by its code, the day, the value in the metric's unit, a note. */
public record MeasurementInput(
        @Schema(example = "AVAIL") @Nullable String metric,

        @Schema(example = "2026-11-30", description = "yyyy-MM-dd, from the contract's start to today") @Nullable
        String date,

        @Schema(example = "99.95") @Nullable BigDecimal value,
        @Schema(example = "計画停止 2:00–2:30") @Nullable String note) {}
