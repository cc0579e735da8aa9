package io.mekiki.initiative.web;

import io.mekiki.initiative.Kpi;
import io.mekiki.initiative.Measurement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A KPI's measurements as a chart the template draws as SVG in these coordinates: a value axis with
 * labelled ticks, a time axis with the first and last dates, the baseline and the target as labelled
 * lines, and each measurement as a point. Without measurements there is nothing to draw; the page says
 * so in words.
 *
 * @param points the line through the measurements, "x,y x,y …"
 * @param baseline the baseline, null when the KPI has none
 * @param target the target, null when the KPI has none
 */
record KpiChart(
        List<Tick> valueTicks,
        List<Tick> dateTicks,
        String points,
        List<Dot> dots,
        @Nullable Level baseline,
        @Nullable Level target,
        @Nullable BigDecimal latest) {

    static final int WIDTH = 560;
    static final int HEIGHT = 220;
    static final int LEFT = 64;
    static final int RIGHT = 132;
    static final int TOP = 14;
    static final int BOTTOM = 34;
    private static final int TICKS = 4;
    /** The least distance between the baseline's and the target's labels, so that they do not overlap. */
    private static final double LABEL_GAP = 13;

    static KpiChart of(Kpi kpi, List<Measurement> measurements) {
        if (measurements.isEmpty()) {
            return new KpiChart(List.of(), List.of(), "", List.of(), null, null, null);
        }
        List<Double> values = new ArrayList<>(
                measurements.stream().map(m -> m.value().doubleValue()).toList());
        if (kpi.baseline() != null) {
            values.add(kpi.baseline().doubleValue());
        }
        if (kpi.target() != null) {
            values.add(kpi.target().doubleValue());
        }
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double margin = high == low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.08;
        Scale scale = new Scale(low - margin, high + margin);

        List<Tick> valueTicks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            double value = scale.min() + (scale.max() - scale.min()) * i / TICKS;
            double y = scale.y(value);
            valueTicks.add(new Tick(number(y), number(y + 4), label(value, scale.max() - scale.min())));
        }

        LocalDate first = measurements.get(0).measuredOn();
        LocalDate last = measurements.get(measurements.size() - 1).measuredOn();
        long days = last.toEpochDay() - first.toEpochDay();
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement measurement = measurements.get(i);
            double x = x(i, measurements.size(), measurement.measuredOn().toEpochDay() - first.toEpochDay(), days);
            double y = scale.y(measurement.value().doubleValue());
            points.append(i == 0 ? "" : " ").append(number(x)).append(',').append(number(y));
            dots.add(
                    new Dot(number(x), number(y), number(y - 8), measurement.measuredOn(), plain(measurement.value())));
        }
        List<Tick> dateTicks = new ArrayList<>();
        dateTicks.add(new Tick(dots.get(0).x(), dateY(), first.toString()));
        if (!last.equals(first)) {
            dateTicks.add(new Tick(dots.get(dots.size() - 1).x(), dateY(), last.toString()));
        }

        Double baselineY =
                kpi.baseline() == null ? null : scale.y(kpi.baseline().doubleValue());
        Double targetY = kpi.target() == null ? null : scale.y(kpi.target().doubleValue());
        double baselineLabel = baselineY == null ? 0 : baselineY;
        double targetLabel = targetY == null ? 0 : targetY;
        if (baselineY != null && targetY != null && Math.abs(baselineY - targetY) < LABEL_GAP) {
            // push the two labels apart around their middle; the lines themselves stay where they belong
            double middle = (baselineY + targetY) / 2;
            boolean baselineAbove = baselineY < targetY || (baselineY.equals(targetY));
            baselineLabel = middle + (baselineAbove ? -LABEL_GAP / 2 : LABEL_GAP / 2);
            targetLabel = middle + (baselineAbove ? LABEL_GAP / 2 : -LABEL_GAP / 2);
        }
        return new KpiChart(
                valueTicks,
                dateTicks,
                points.toString(),
                dots,
                baselineY == null
                        ? null
                        : new Level(number(baselineY), number(baselineLabel + 4), plain(kpi.baseline())),
                targetY == null ? null : new Level(number(targetY), number(targetLabel + 4), plain(kpi.target())),
                measurements.get(measurements.size() - 1).value());
    }

    public boolean empty() {
        return dots.isEmpty();
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public String plotLeft() {
        return String.valueOf(LEFT);
    }

    public String plotRight() {
        return String.valueOf(WIDTH - RIGHT);
    }

    public String plotTop() {
        return String.valueOf(TOP);
    }

    public String plotBottom() {
        return String.valueOf(HEIGHT - BOTTOM);
    }

    /** Where the labels of the lines start, right of the plot. */
    public String labelX() {
        return String.valueOf(WIDTH - RIGHT + 6);
    }

    /** Where the values of the axis are written, left of it. */
    public String valueLabelX() {
        return String.valueOf(LEFT - 6);
    }

    /** Where the dates are written, below the time axis. */
    static String dateY() {
        return String.valueOf(HEIGHT - BOTTOM + 18);
    }

    public String latestText() {
        return latest == null ? "" : plain(latest);
    }

    /**
     * A labelled position on an axis.
     *
     * @param position where the tick is on its axis
     * @param labelPosition where its label is written across the axis
     */
    record Tick(String position, String labelPosition, String label) {}

    /** One measurement: where it is drawn, where its value is written, its date and its value as written. */
    record Dot(String x, String y, String labelY, LocalDate measuredOn, String value) {}

    /**
     * A horizontal line for the baseline or the target.
     *
     * @param labelY where its label is written, apart from the other line's label
     */
    record Level(String y, String labelY, String value) {}

    private record Scale(double min, double max) {

        /** Higher values higher up. */
        double y(double value) {
            double plotHeight = HEIGHT - TOP - BOTTOM;
            return TOP + (max - value) * plotHeight / (max - min);
        }
    }

    /** Along time when the dates differ, evenly spread when they do not, in the middle when there is one. */
    private static double x(int index, int count, long dayOffset, long days) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double inset = 12;
        if (count == 1) {
            return LEFT + plotWidth / 2;
        }
        double fraction = days == 0 ? (double) index / (count - 1) : (double) dayOffset / days;
        return LEFT + inset + fraction * (plotWidth - 2 * inset);
    }

    /** A tick value with as many digits as the range needs, no more. */
    private static String label(double value, double range) {
        int digits = range >= 10 ? 0 : range >= 1 ? 1 : 2;
        return plain(BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.round(MathContext.DECIMAL64).stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
