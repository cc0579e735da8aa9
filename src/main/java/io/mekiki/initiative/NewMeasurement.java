package io.mekiki.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A value of a KPI measured on a date. */
public record NewMeasurement(
        LocalDate measuredOn, BigDecimal value, @Nullable String note) {}
