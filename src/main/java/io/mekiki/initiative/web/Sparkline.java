package io.mekiki.initiative.web;

import io.mekiki.initiative.Kpi;
import io.mekiki.initiative.Measurement;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A KPI's measurements as a small line over time, with its baseline and target as dashed lines; the
 * template draws it as SVG in these coordinates. Empty without measurements.
 *
 * @param points the polyline, "x,y x,y …"
 * @param baselineY the baseline's height, null without a baseline
 * @param targetY the target's height, null without a target
 */
record Sparkline(
        String points,
        String lastX,
        String lastY,
        @Nullable String baselineY,
        @Nullable String targetY,
        int count,
        @Nullable BigDecimal latest) {

    static final int WIDTH = 160;
    static final int HEIGHT = 40;
    private static final double PADDING = 4;

    static Sparkline of(Kpi kpi, List<Measurement> measurements) {
        if (measurements.isEmpty()) {
            return new Sparkline("", "0", "0", null, null, 0, null);
        }
        List<BigDecimal> values =
                new ArrayList<>(measurements.stream().map(Measurement::value).toList());
        if (kpi.baseline() != null) {
            values.add(kpi.baseline());
        }
        if (kpi.target() != null) {
            values.add(kpi.target());
        }
        double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        long firstDay = measurements.get(0).measuredOn().toEpochDay();
        long days = ChronoUnit.DAYS.between(
                measurements.get(0).measuredOn(),
                measurements.get(measurements.size() - 1).measuredOn());
        StringBuilder points = new StringBuilder();
        String lastX = "0";
        String lastY = "0";
        for (int i = 0; i < measurements.size(); i++) {
            Measurement measurement = measurements.get(i);
            double x = days == 0
                    ? (measurements.size() == 1
                            ? WIDTH / 2.0
                            : PADDING + i * (WIDTH - 2 * PADDING) / (measurements.size() - 1))
                    : PADDING + (measurement.measuredOn().toEpochDay() - firstDay) * (WIDTH - 2 * PADDING) / days;
            lastX = number(x);
            lastY = y(measurement.value(), min, max);
            points.append(i == 0 ? "" : " ").append(lastX).append(',').append(lastY);
        }
        return new Sparkline(
                points.toString(),
                lastX,
                lastY,
                kpi.baseline() == null ? null : y(kpi.baseline(), min, max),
                kpi.target() == null ? null : y(kpi.target(), min, max),
                measurements.size(),
                measurements.get(measurements.size() - 1).value());
    }

    public boolean empty() {
        return count == 0;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** Higher values higher up; all equal values in the middle. */
    private static String y(BigDecimal value, double min, double max) {
        double y = max == min
                ? HEIGHT / 2.0
                : HEIGHT - PADDING - (value.doubleValue() - min) * (HEIGHT - 2 * PADDING) / (max - min);
        return number(y);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
