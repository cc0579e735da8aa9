package io.mekiki.operation.internal.sla;

import io.mekiki.operation.MetricAggregation;
import io.mekiki.operation.MetricCreditTier;
import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricPeriod;
import io.mekiki.operation.SlaPeriodAttainment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The arithmetic of SLA attainment: periods, a period's attainment, whether it is judged, credits (ADR 035). */
public final class SlaRules {

    /** Decimals kept in an attainment (and accepted in a value). */
    public static final int SCALE = 4;

    private SlaRules() {}

    /** A period's attainment: the mean of the values (to {@value #SCALE} decimals) or the worst of them. */
    public static BigDecimal attained(
            List<BigDecimal> values, MetricAggregation aggregation, MetricDirection direction) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a period without measurements has no attainment");
        }
        if (aggregation == MetricAggregation.WORST) {
            BigDecimal worst = values.get(0);
            for (BigDecimal value : values) {
                worst = direction.worse(worst, value);
            }
            return worst.stripTrailingZeros().scale() < 0 ? worst.setScale(0) : worst.stripTrailingZeros();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return mean.scale() < 0 ? mean.setScale(0) : mean;
    }

    /**
     * Whether a period's result is final, so that a miss is a breach: a period that has ended, or one whose
     * attainment is the worst value and already misses (later measurements can only make it worse).
     */
    public static boolean judged(boolean closed, boolean met, MetricAggregation aggregation) {
        return closed || (!met && aggregation == MetricAggregation.WORST);
    }

    /** The largest credit of the tiers whose threshold the attainment is worse than, or null when none applies. */
    public static @Nullable BigDecimal creditPercent(
            List<MetricCreditTier> tiers, MetricDirection direction, BigDecimal attained) {
        BigDecimal best = null;
        for (MetricCreditTier tier : tiers) {
            if (direction.worseThan(attained, tier.threshold())
                    && (best == null || tier.creditPercent().compareTo(best) > 0)) {
                best = tier.creditPercent();
            }
        }
        return best;
    }

    /** The credit in whole yen (rounded down): the percentage of the monthly fee times the period's months. */
    public static @Nullable Long creditDue(
            @Nullable Long monthlyFee, MetricPeriod period, @Nullable BigDecimal creditPercent) {
        if (monthlyFee == null || creditPercent == null) {
            return null;
        }
        return BigDecimal.valueOf(monthlyFee)
                .multiply(BigDecimal.valueOf(period.months()))
                .multiply(creditPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
                .longValueExact();
    }

    /** A measurement as the rules need it. */
    public record Value(LocalDate on, BigDecimal value) {}

    /** What a metric's periods are judged by. */
    public record Terms(
            MetricDirection direction,
            MetricAggregation aggregation,
            BigDecimal target,
            MetricPeriod period,
            @Nullable Long monthlyFee,
            List<MetricCreditTier> tiers) {}

    /**
     * The attainment of every period that holds a measurement, oldest first. Credits are due only for
     * periods that are judged and missed.
     *
     * @param breached the starts of the periods whose breach has been recorded
     */
    public static List<SlaPeriodAttainment> periods(
            Terms terms, List<Value> values, LocalDate today, Set<LocalDate> breached) {
        Map<LocalDate, List<BigDecimal>> byPeriod = new TreeMap<>();
        for (Value value : values) {
            byPeriod.computeIfAbsent(terms.period().startOf(value.on()), start -> new ArrayList<>())
                    .add(value.value());
        }
        List<SlaPeriodAttainment> periods = new ArrayList<>();
        byPeriod.forEach((start, periodValues) -> periods.add(period(terms, start, periodValues, today, breached)));
        return periods;
    }

    /** The attainment of the period that starts on {@code start}. */
    public static SlaPeriodAttainment period(
            Terms terms, LocalDate start, List<BigDecimal> values, LocalDate today, Set<LocalDate> breached) {
        return period(
                terms, start, values.size(), attained(values, terms.aggregation(), terms.direction()), today, breached);
    }

    /** A period's attainment from its figures as the database aggregates them: the mean, or the worst value. */
    public static BigDecimal attained(
            BigDecimal mean, BigDecimal min, BigDecimal max, MetricAggregation aggregation, MetricDirection direction) {
        BigDecimal value = aggregation == MetricAggregation.MEAN
                ? mean.setScale(SCALE, RoundingMode.HALF_UP)
                : direction == MetricDirection.AT_LEAST ? min : max;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The attainment of the period that starts on {@code start}, given how many values made {@code attained}. */
    public static SlaPeriodAttainment period(
            Terms terms, LocalDate start, int count, BigDecimal attained, LocalDate today, Set<LocalDate> breached) {
        LocalDate end = terms.period().endOf(start);
        boolean met = terms.direction().attains(attained, terms.target());
        boolean closed = end.isBefore(today);
        BigDecimal percent = null;
        Long due = null;
        if (!met && judged(closed, false, terms.aggregation())) {
            percent = creditPercent(terms.tiers(), terms.direction(), attained);
            due = creditDue(terms.monthlyFee(), terms.period(), percent);
        }
        return new SlaPeriodAttainment(
                start, end, count, attained, met, closed, breached.contains(start), percent, due);
    }

    /** What a metric's periods are judged by: the metric's terms, its own fee or else the contract's. */
    public static Terms terms(io.mekiki.operation.SlaMetric metric, @Nullable Long contractFee) {
        return new Terms(
                metric.direction(),
                metric.aggregation(),
                metric.target(),
                metric.period(),
                metric.monthlyFee() != null ? metric.monthlyFee() : contractFee,
                metric.creditTiers());
    }
}
