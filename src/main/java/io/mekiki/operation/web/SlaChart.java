package io.mekiki.operation.web;

import io.mekiki.operation.SlaMetricDetail;
import io.mekiki.operation.SlaPeriodAttainment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A metric's measurements as a chart the template draws as SVG in these coordinates (ADR 035): a value axis
 * with labelled ticks, a time axis with the first and last days, the target as a labelled line, the
 * measurements as a line (with a point each while there are few), each period's attainment as a mark, and
 * the periods that missed their target as a shaded band with a cross, so that a breach is told by shape as
 * well as by colour. Without measurements there is nothing to draw; the page says so in words.
 *
 * @param points the line through the measurements, "x,y x,y …"
 * @param dots a point per measurement while there are at most {@value #DOTS_MAX}, else none
 */
record SlaChart(
        List<Tick> valueTicks,
        List<Tick> dateTicks,
        String points,
        List<Dot> dots,
        List<Band> periods,
        @Nullable Level target,
        int measurements,
        int missed) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 64;
    static final int RIGHT = 120;
    static final int TOP = 22;
    static final int BOTTOM = 34;
    static final int DOTS_MAX = 62;
    private static final int TICKS = 4;

    static SlaChart of(SlaMetricDetail detail) {
        List<SlaMetricDetail.Point> values = detail.measurements();
        if (values.isEmpty()) {
            return new SlaChart(List.of(), List.of(), "", List.of(), List.of(), null, 0, 0);
        }
        BigDecimal target = detail.metric().target();
        double low = target.doubleValue();
        double high = low;
        for (SlaMetricDetail.Point point : values) {
            low = Math.min(low, point.value().doubleValue());
            high = Math.max(high, point.value().doubleValue());
        }
        double margin = high == low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.08;
        Scale scale = new Scale(low - margin, high + margin);
        List<Tick> valueTicks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            double value = scale.min() + (scale.max() - scale.min()) * i / TICKS;
            double y = scale.y(value);
            valueTicks.add(new Tick(number(y), number(y + 4), label(value, scale.max() - scale.min())));
        }
        LocalDate first = detail.periods().isEmpty()
                ? values.get(0).on()
                : detail.periods().get(0).periodStart();
        LocalDate lastDay = values.get(values.size() - 1).on();
        LocalDate last = detail.periods().isEmpty()
                ? lastDay
                : detail.periods().get(detail.periods().size() - 1).periodEnd();
        Time time = new Time(first, last);
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            SlaMetricDetail.Point point = values.get(i);
            double x = time.x(point.on());
            double y = scale.y(point.value().doubleValue());
            points.append(i == 0 ? "" : " ").append(number(x)).append(',').append(number(y));
            if (values.size() <= DOTS_MAX) {
                dots.add(new Dot(number(x), number(y), point.on(), plain(point.value())));
            }
        }
        List<Band> bands = new ArrayList<>();
        int missed = 0;
        for (SlaPeriodAttainment period : detail.periods()) {
            double x1 = time.x(period.periodStart());
            double x2 = time.x(period.periodEnd().plusDays(1));
            boolean miss = !period.met();
            if (miss) {
                missed++;
            }
            bands.add(new Band(
                    number(x1),
                    number(Math.max(1, x2 - x1)),
                    number((x1 + x2) / 2),
                    number(scale.y(period.attained().doubleValue())),
                    miss,
                    period.breached(),
                    period.periodStart(),
                    period.periodEnd(),
                    plain(period.attained())));
        }
        List<Tick> dateTicks = new ArrayList<>();
        dateTicks.add(new Tick(number(time.x(first)), dateY(), first.toString()));
        if (!last.equals(first)) {
            dateTicks.add(new Tick(number(time.x(last.plusDays(1))), dateY(), last.toString()));
        }
        double targetY = scale.y(target.doubleValue());
        return new SlaChart(
                valueTicks,
                dateTicks,
                points.toString(),
                dots,
                bands,
                new Level(number(targetY), number(targetY + 4), plain(target)),
                values.size(),
                missed);
    }

    public boolean empty() {
        return measurements == 0;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public String width() {
        return String.valueOf(WIDTH);
    }

    public String height() {
        return String.valueOf(HEIGHT);
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

    public String plotHeight() {
        return String.valueOf(HEIGHT - TOP - BOTTOM);
    }

    /** Where the breach marks are written, above the plot. */
    public String markY() {
        return String.valueOf(TOP - 6);
    }

    public String labelX() {
        return String.valueOf(WIDTH - RIGHT + 6);
    }

    public String valueLabelX() {
        return String.valueOf(LEFT - 6);
    }

    static String dateY() {
        return String.valueOf(HEIGHT - BOTTOM + 18);
    }

    /** A labelled position on an axis. */
    record Tick(String position, String labelPosition, String label) {}

    /** One measurement. */
    record Dot(String x, String y, LocalDate on, String value) {}

    /**
     * A period: its band across the plot, the mark of its attainment, whether it missed the target and whether
     * the breach was recorded.
     */
    record Band(
            String x,
            String width,
            String middle,
            String attainedY,
            boolean missed,
            boolean breached,
            LocalDate start,
            LocalDate end,
            String attained) {}

    /** The target line. */
    record Level(String y, String labelY, String value) {}

    private record Scale(double min, double max) {

        double y(double value) {
            double plotHeight = HEIGHT - TOP - BOTTOM;
            return TOP + (max - value) * plotHeight / (max - min);
        }
    }

    /** Days along the plot, from the first period's first day to the day after the last period's last. */
    private record Time(LocalDate first, LocalDate last) {

        double x(LocalDate day) {
            double plotWidth = WIDTH - LEFT - RIGHT;
            long span = Math.max(1, last.toEpochDay() + 1 - first.toEpochDay());
            return LEFT + plotWidth * (day.toEpochDay() - first.toEpochDay()) / span;
        }
    }

    private static String label(double value, double range) {
        int digits = range >= 10 ? 0 : range >= 1 ? 1 : range >= 0.1 ? 2 : 3;
        return plain(BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP));
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.round(MathContext.DECIMAL64).stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
