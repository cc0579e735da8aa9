package io.mekiki.operation;

import java.util.List;

/**
 * What an SLA metric measures. Each kind has the units it may be given in, the direction its target points
 * (an availability at least so much, a recovery time at most so long) and how a period's measurements make
 * its attainment; a {@link #CUSTOM} metric names its own unit and chooses both.
 */
public enum MetricKind {
    /** Availability (稼働率) in percent, 0–100; a period's attainment is the mean of its measurements. */
    AVAILABILITY(List.of(MetricUnit.PERCENT), MetricDirection.AT_LEAST, MetricAggregation.MEAN),
    /** Recovery time objective (目標復旧時間): how long a restoration took. */
    RTO(MetricUnit.DURATIONS, MetricDirection.AT_MOST, MetricAggregation.WORST),
    /** Recovery point objective (目標復旧時点): how much data, as time, a restoration lost. */
    RPO(MetricUnit.DURATIONS, MetricDirection.AT_MOST, MetricAggregation.WORST),
    /** The time the provider's support took to answer. */
    SUPPORT_RESPONSE(MetricUnit.DURATIONS, MetricDirection.AT_MOST, MetricAggregation.WORST),
    /** The time from an incident to the provider's notice of it. */
    INCIDENT_NOTIFICATION(MetricUnit.DURATIONS, MetricDirection.AT_MOST, MetricAggregation.WORST),
    /** Anything else the contract promises, with a name and a unit of its own. */
    CUSTOM(List.of(MetricUnit.OTHER), null, null);

    private final List<MetricUnit> units;
    private final MetricDirection direction;
    private final MetricAggregation aggregation;

    MetricKind(List<MetricUnit> units, MetricDirection direction, MetricAggregation aggregation) {
        this.units = units;
        this.direction = direction;
        this.aggregation = aggregation;
    }

    /** The units a metric of this kind may be given in. */
    public List<MetricUnit> units() {
        return units;
    }

    /** The direction of the target, fixed by the kind; null for {@link #CUSTOM}, which chooses it. */
    public MetricDirection direction() {
        return direction;
    }

    /** How a period's measurements make its attainment; null for {@link #CUSTOM}, which chooses it. */
    public MetricAggregation aggregation() {
        return aggregation;
    }

    public boolean custom() {
        return this == CUSTOM;
    }
}
