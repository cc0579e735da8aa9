package io.mekiki.operation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.operation.MetricAggregation;
import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricKind;
import io.mekiki.operation.MetricPeriod;
import io.mekiki.operation.MetricUnit;
import io.mekiki.operation.SlaContractRef;
import io.mekiki.operation.SlaMetric;
import io.mekiki.operation.SlaMetricDetail;
import io.mekiki.operation.SlaPeriodAttainment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chart of a metric: the target line, the values, the missed periods marked, the points only while few. */
class SlaChartTests {

    private static final SlaMetric METRIC = new SlaMetric(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            "AVAIL",
            "稼働率",
            MetricKind.AVAILABILITY,
            MetricUnit.PERCENT,
            null,
            MetricDirection.AT_LEAST,
            MetricAggregation.MEAN,
            new BigDecimal("99.9"),
            MetricPeriod.MONTHLY,
            null,
            List.of(),
            1,
            Instant.EPOCH);

    @Test
    void withoutMeasurementsThereIsNothingToDraw() {
        assertThat(SlaChart.of(detail(List.of(), List.of())).empty()).isTrue();
    }

    @Test
    void theMissedPeriodIsShadedAndTheTargetLabelled() {
        LocalDate october = LocalDate.of(2026, 10, 1);
        LocalDate november = LocalDate.of(2026, 11, 1);
        List<SlaMetricDetail.Point> points = List.of(
                point(october, "100"),
                point(october.plusDays(1), "99.95"),
                point(november, "99"),
                point(november.plusDays(1), "99.5"));
        SlaChart chart = SlaChart.of(detail(
                points,
                List.of(
                        period(october, LocalDate.of(2026, 10, 31), "99.975", true, false),
                        period(november, LocalDate.of(2026, 11, 30), "99.25", false, true))));
        assertThat(chart.empty()).isFalse();
        assertThat(chart.missed()).isEqualTo(1);
        assertThat(chart.periods()).extracting(SlaChart.Band::missed).containsExactly(false, true);
        assertThat(chart.target().value()).isEqualTo("99.9");
        assertThat(chart.dots()).hasSize(4);
        assertThat(chart.points().split(" ")).hasSize(4);
        // the missed band starts where November starts, right of October's
        assertThat(Double.parseDouble(chart.periods().get(1).x()))
                .isGreaterThan(Double.parseDouble(chart.periods().get(0).x()));
        // higher values are higher up: 100 % is above the target line, 99 % below it
        double target = Double.parseDouble(chart.target().y());
        assertThat(Double.parseDouble(chart.dots().get(0).y())).isLessThan(target);
        assertThat(Double.parseDouble(chart.dots().get(2).y())).isGreaterThan(target);
        assertThat(chart.dateTicks()).extracting(SlaChart.Tick::label).containsExactly("2026-10-01", "2026-11-30");
    }

    @Test
    void aYearOfDailyValuesIsALineWithoutPoints() {
        List<SlaMetricDetail.Point> points = new ArrayList<>();
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 365; i++) {
            points.add(point(day.plusDays(i), "99.99"));
        }
        SlaChart chart = SlaChart.of(detail(points, List.of()));
        assertThat(chart.dots()).isEmpty();
        assertThat(chart.points().split(" ")).hasSize(365);
        assertThat(chart.measurements()).isEqualTo(365);
    }

    private static SlaMetricDetail detail(List<SlaMetricDetail.Point> points, List<SlaPeriodAttainment> periods) {
        return new SlaMetricDetail(
                new SlaContractRef(UUID.randomUUID(), UUID.randomUUID(), "契約", LocalDate.of(2025, 1, 1), true),
                METRIC,
                periods,
                points);
    }

    private static SlaMetricDetail.Point point(LocalDate on, String value) {
        return new SlaMetricDetail.Point(on, new BigDecimal(value));
    }

    private static SlaPeriodAttainment period(
            LocalDate start, LocalDate end, String attained, boolean met, boolean breached) {
        return new SlaPeriodAttainment(start, end, 2, new BigDecimal(attained), met, true, breached, null, null);
    }
}
