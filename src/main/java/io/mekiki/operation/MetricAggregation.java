package io.mekiki.operation;

/**
 * How the measurements of a period make its attainment: their mean (availability, measured daily) or the
 * worst of them (a recovery or response time: one slow answer misses a "within 4 hours" promise).
 */
public enum MetricAggregation {
    MEAN,
    WORST
}
