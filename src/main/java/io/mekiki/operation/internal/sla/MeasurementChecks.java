package io.mekiki.operation.internal.sla;

import io.mekiki.operation.MetricUnit;
import io.mekiki.operation.SlaMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks every measurement passes, whether typed in a page, sent as JSON or read from a CSV line: a
 * metric of the contract by its code, a real date between the contract's start and today, a plain decimal
 * number within the unit's range with at most four decimals, a note of at most {@value #NOTE_MAX} characters,
 * and no second value for the same metric and day.
 */
public final class MeasurementChecks {

    public static final int NOTE_MAX = 500;
    public static final BigDecimal PERCENT_MAX = BigDecimal.valueOf(100);
    public static final BigDecimal DURATION_MAX = BigDecimal.valueOf(10_000_000);
    public static final BigDecimal OTHER_MAX = BigDecimal.valueOf(1_000_000_000_000L);

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,13}(\\.\\d{1,4})?");
    private static final Pattern LONG_DECIMALS = Pattern.compile("[-+]?\\d{1,13}\\.\\d{5,}");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHES =
            DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, SlaMetric> byCode = new HashMap<>();
    private final LocalDate earliest;
    private final LocalDate today;
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param metrics the contract's metrics
     * @param earliest the contract's start: no measurement before it
     * @param today today in the organisation's calendar: no measurement after it
     */
    public MeasurementChecks(List<SlaMetric> metrics, LocalDate earliest, LocalDate today) {
        metrics.forEach(metric -> byCode.put(metric.code().toUpperCase(Locale.ROOT), metric));
        this.earliest = earliest;
        this.today = today;
    }

    /** A measurement that passed the checks. */
    public record Checked(int line, SlaMetric metric, LocalDate on, BigDecimal value, String note) {}

    /**
     * Checks one measurement; adds what is wrong to {@code problems} (one per column at most) and answers
     * the measurement when nothing is.
     *
     * @param line the line or position reported with a problem
     * @param columns the names the columns or fields go by in the problems: metric, date, value, note
     */
    public @Nullable Checked check(
            int line,
            @Nullable String metricCode,
            @Nullable String dateText,
            @Nullable String valueText,
            @Nullable String noteText,
            List<String> columns,
            List<MeasurementProblem> problems) {
        int before = problems.size();
        SlaMetric metric = null;
        String code = metricCode == null ? "" : metricCode.strip();
        if (code.isEmpty()) {
            problems.add(
                    new MeasurementProblem(line, columns.get(0), "sla.measurement.error.metricMissing", new Object[0]));
        } else {
            metric = byCode.get(code.toUpperCase(Locale.ROOT));
            if (metric == null) {
                problems.add(new MeasurementProblem(
                        line, columns.get(0), "sla.measurement.error.metricUnknown", new Object[] {code}));
            }
        }
        LocalDate on = date(line, dateText, columns.get(1), problems);
        BigDecimal value = metric == null ? null : value(line, metric, valueText, columns.get(2), problems);
        if (metric == null && valueText != null) {
            // still report a value that is no number at all
            String text = valueText.strip();
            if (!text.isEmpty()
                    && !NUMBER.matcher(text).matches()
                    && !LONG_DECIMALS.matcher(text).matches()) {
                problems.add(new MeasurementProblem(
                        line, columns.get(2), "sla.measurement.error.notNumber", new Object[] {text}));
            }
        }
        String note = noteText == null ? "" : noteText.strip();
        if (note.length() > NOTE_MAX) {
            problems.add(new MeasurementProblem(
                    line, columns.get(3), "sla.measurement.error.noteTooLong", new Object[] {NOTE_MAX}));
        }
        if (problems.size() > before || metric == null || on == null || value == null) {
            return null;
        }
        String key = metric.id() + "@" + on;
        Integer earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            problems.add(
                    new MeasurementProblem(line, columns.get(1), "sla.measurement.error.duplicateInFile", new Object[] {
                        metric.code(), on, earlier
                    }));
            return null;
        }
        return new Checked(line, metric, on, value, note);
    }

    private @Nullable LocalDate date(
            int line, @Nullable String text, String column, List<MeasurementProblem> problems) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            problems.add(new MeasurementProblem(line, column, "sla.measurement.error.dateMissing", new Object[0]));
            return null;
        }
        LocalDate on = parseDate(value);
        if (on == null) {
            problems.add(
                    new MeasurementProblem(line, column, "sla.measurement.error.dateInvalid", new Object[] {value}));
            return null;
        }
        if (on.isBefore(earliest)) {
            problems.add(new MeasurementProblem(
                    line, column, "sla.measurement.error.beforeStart", new Object[] {on, earliest}));
            return null;
        }
        if (on.isAfter(today)) {
            problems.add(
                    new MeasurementProblem(line, column, "sla.measurement.error.future", new Object[] {on, today}));
            return null;
        }
        return on;
    }

    /** A date as yyyy-MM-dd or yyyy/M/d (as spreadsheets in Japan write it); null when it is no real date. */
    public static @Nullable LocalDate parseDate(String text) {
        for (DateTimeFormatter format : List.of(ISO, SLASHES)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return null;
    }

    private static @Nullable BigDecimal value(
            int line, SlaMetric metric, @Nullable String text, String column, List<MeasurementProblem> problems) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            problems.add(new MeasurementProblem(line, column, "sla.measurement.error.valueMissing", new Object[0]));
            return null;
        }
        if (LONG_DECIMALS.matcher(value).matches()) {
            problems.add(new MeasurementProblem(
                    line, column, "sla.measurement.error.tooManyDecimals", new Object[] {value, SlaRules.SCALE}));
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            problems.add(new MeasurementProblem(line, column, "sla.measurement.error.notNumber", new Object[] {value}));
            return null;
        }
        BigDecimal number = new BigDecimal(value);
        BigDecimal min = metric.unit() == MetricUnit.OTHER ? OTHER_MAX.negate() : BigDecimal.ZERO;
        BigDecimal max = max(metric.unit());
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            problems.add(new MeasurementProblem(line, column, "sla.measurement.error.outOfRange", new Object[] {
                value, min.toPlainString(), max.toPlainString()
            }));
            return null;
        }
        return number;
    }

    /** The largest value (and target) a unit takes. */
    public static BigDecimal max(MetricUnit unit) {
        return switch (unit) {
            case PERCENT -> PERCENT_MAX;
            case MINUTES, HOURS -> DURATION_MAX;
            case OTHER -> OTHER_MAX;
        };
    }

    /** The smallest value (and target) a unit takes. */
    public static BigDecimal min(MetricUnit unit) {
        return unit == MetricUnit.OTHER ? OTHER_MAX.negate() : BigDecimal.ZERO;
    }

    /** Which metrics and days were read, to look up what is stored already. */
    public static Map<java.util.UUID, List<LocalDate>> days(List<Checked> rows) {
        Map<java.util.UUID, List<LocalDate>> days = new HashMap<>();
        rows.forEach(row ->
                days.computeIfAbsent(row.metric().id(), id -> new ArrayList<>()).add(row.on()));
        return days;
    }
}
