package io.mekiki.operation;

import org.jspecify.annotations.Nullable;

/**
 * A metric with how it stands: the attainment of the period holding today (null while it has no
 * measurement), the breaches recorded and the credits due for them in whole yen (null without a fee).
 */
public record SlaMetricStatus(
        SlaMetric metric,
        @Nullable SlaPeriodAttainment current,
        int breaches,
        @Nullable Long creditsDue) {}
