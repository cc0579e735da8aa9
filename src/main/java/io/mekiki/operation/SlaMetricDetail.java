package io.mekiki.operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A metric with the attainment of each of its periods (oldest first) and every measurement (oldest first). */
public record SlaMetricDetail(
        SlaContractRef contract, SlaMetric metric, List<SlaPeriodAttainment> periods, List<Point> measurements) {

    /** A measurement as the chart draws it. */
    public record Point(LocalDate on, BigDecimal value) {}
}
