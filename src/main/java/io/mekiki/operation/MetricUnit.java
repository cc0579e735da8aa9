package io.mekiki.operation;

import java.util.List;

/** The unit of an SLA metric's target and measurements; {@link #OTHER} is a custom metric's own unit text. */
public enum MetricUnit {
    PERCENT,
    MINUTES,
    HOURS,
    OTHER;

    /** The units of the duration kinds (RTO, RPO, support response, incident notification). */
    public static final List<MetricUnit> DURATIONS = List.of(MINUTES, HOURS);
}
