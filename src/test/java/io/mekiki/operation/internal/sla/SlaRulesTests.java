package io.mekiki.operation.internal.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.operation.MetricAggregation;
import io.mekiki.operation.MetricCreditTier;
import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricPeriod;
import io.mekiki.operation.SlaPeriodAttainment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods, a period's attainment, when a miss is final, and the credits due (ADR 035). */
class SlaRulesTests {

    private static final List<MetricCreditTier> AVAILABILITY_TIERS = List.of(
            new MetricCreditTier(new BigDecimal("99.9"), new BigDecimal("10")),
            new MetricCreditTier(new BigDecimal("99.0"), new BigDecimal("25")),
            new MetricCreditTier(new BigDecimal("95"), new BigDecimal("100")));

    @ParameterizedTest(name = "{0} {1}: {2} – {3}")
    @CsvSource({
        "MONTHLY, 2026-11-17, 2026-11-01, 2026-11-30",
        "MONTHLY, 2024-02-29, 2024-02-01, 2024-02-29", //   a leap February
        "MONTHLY, 2026-02-01, 2026-02-01, 2026-02-28",
        "MONTHLY, 2026-12-31, 2026-12-01, 2026-12-31",
        "QUARTERLY, 2026-01-01, 2026-01-01, 2026-03-31",
        "QUARTERLY, 2026-05-31, 2026-04-01, 2026-06-30",
        "QUARTERLY, 2026-09-30, 2026-07-01, 2026-09-30",
        "QUARTERLY, 2026-12-03, 2026-10-01, 2026-12-31",
    })
    void aDayBelongsToItsCalendarMonthOrQuarter(MetricPeriod period, LocalDate day, LocalDate start, LocalDate end) {
        assertThat(period.startOf(day)).isEqualTo(start);
        assertThat(period.endOf(day)).isEqualTo(end);
    }

    @Test
    void availabilityIsTheMeanOfTheDaysToFourDecimals() {
        assertThat(SlaRules.attained(values("100", "99.5", "99.8"), MetricAggregation.MEAN, MetricDirection.AT_LEAST))
                .isEqualByComparingTo("99.7667");
        assertThat(SlaRules.attained(values("100", "100"), MetricAggregation.MEAN, MetricDirection.AT_LEAST)
                        .toPlainString())
                .isEqualTo("100");
    }

    @Test
    void theWorstValueIsTheLargestForAnAtMostMetricAndTheSmallestForAnAtLeastOne() {
        assertThat(SlaRules.attained(values("30", "240", "45"), MetricAggregation.WORST, MetricDirection.AT_MOST))
                .isEqualByComparingTo("240");
        assertThat(SlaRules.attained(values("30", "240", "45"), MetricAggregation.WORST, MetricDirection.AT_LEAST))
                .isEqualByComparingTo("30");
    }

    @ParameterizedTest(name = "{0} against {1}, {2}: attains {3}")
    @CsvSource({
        "99.9, 99.9, AT_LEAST, true", //   the target itself attains it
        "99.89, 99.9, AT_LEAST, false",
        "100, 99.9, AT_LEAST, true",
        "240, 240, AT_MOST, true",
        "241, 240, AT_MOST, false",
        "0, 240, AT_MOST, true",
    })
    void theTargetAttainsItsOwnDirection(
            BigDecimal value, BigDecimal target, MetricDirection direction, boolean attains) {
        assertThat(direction.attains(value, target)).isEqualTo(attains);
    }

    @ParameterizedTest(name = "attained {0}: credit {1} %")
    @CsvSource({
        "99.95, ", //     at or above every threshold: no credit
        "99.9, ", //      the threshold itself is not below it
        "99.89, 10",
        "99.0, 10", //    99.0 is not below 99.0
        "98.99, 25", //   below two thresholds: the larger credit
        "94, 100", //     below all three
    })
    void theLargestCreditOfTheTiersBelowWhoseThresholdTheAttainmentFallsCounts(
            BigDecimal attained, BigDecimal percent) {
        BigDecimal credit = SlaRules.creditPercent(AVAILABILITY_TIERS, MetricDirection.AT_LEAST, attained);
        if (percent == null) {
            assertThat(credit).isNull();
        } else {
            assertThat(credit).isEqualByComparingTo(percent);
        }
    }

    @Test
    void anAtMostMetricEarnsCreditsAboveItsThresholds() {
        List<MetricCreditTier> tiers = List.of(
                new MetricCreditTier(new BigDecimal("240"), new BigDecimal("5")),
                new MetricCreditTier(new BigDecimal("480"), new BigDecimal("15")));
        assertThat(SlaRules.creditPercent(tiers, MetricDirection.AT_MOST, new BigDecimal("240")))
                .isNull();
        assertThat(SlaRules.creditPercent(tiers, MetricDirection.AT_MOST, new BigDecimal("300")))
                .isEqualByComparingTo("5");
        assertThat(SlaRules.creditPercent(tiers, MetricDirection.AT_MOST, new BigDecimal("481")))
                .isEqualByComparingTo("15");
    }

    @Test
    void theCreditIsThePercentageOfTheFeeOfThePeriodsMonthsRoundedDown() {
        assertThat(SlaRules.creditDue(120_000L, MetricPeriod.MONTHLY, new BigDecimal("10")))
                .isEqualTo(12_000L);
        assertThat(SlaRules.creditDue(120_000L, MetricPeriod.QUARTERLY, new BigDecimal("10")))
                .isEqualTo(36_000L);
        assertThat(SlaRules.creditDue(99_999L, MetricPeriod.MONTHLY, new BigDecimal("2.5")))
                .isEqualTo(2_499L);
        assertThat(SlaRules.creditDue(null, MetricPeriod.MONTHLY, new BigDecimal("10")))
                .isNull();
        assertThat(SlaRules.creditDue(120_000L, MetricPeriod.MONTHLY, null)).isNull();
    }

    @Test
    void aMissIsFinalOnceThePeriodEndedOrAtOnceWhenTheWorstValueCounts() {
        assertThat(SlaRules.judged(true, false, MetricAggregation.MEAN)).isTrue();
        assertThat(SlaRules.judged(false, false, MetricAggregation.MEAN)).isFalse();
        assertThat(SlaRules.judged(false, false, MetricAggregation.WORST)).isTrue();
        assertThat(SlaRules.judged(false, true, MetricAggregation.WORST)).isFalse();
    }

    @Test
    void periodsGroupTheMeasurementsAndCreditOnlyJudgedMisses() {
        SlaRules.Terms terms = new SlaRules.Terms(
                MetricDirection.AT_LEAST,
                MetricAggregation.MEAN,
                new BigDecimal("99.9"),
                MetricPeriod.MONTHLY,
                200_000L,
                AVAILABILITY_TIERS);
        LocalDate today = LocalDate.of(2026, 12, 3);
        List<SlaPeriodAttainment> periods = SlaRules.periods(
                terms,
                List.of(
                        value("2026-10-01", "100"),
                        value("2026-10-02", "100"),
                        value("2026-11-01", "100"),
                        value("2026-11-02", "99.6"),
                        value("2026-12-01", "98"),
                        value("2026-12-02", "100")),
                today,
                Set.of(LocalDate.of(2026, 11, 1)));
        assertThat(periods).hasSize(3);
        SlaPeriodAttainment october = periods.get(0);
        assertThat(october.met()).isTrue();
        assertThat(october.creditDue()).isNull();
        SlaPeriodAttainment november = periods.get(1);
        assertThat(november.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(november.attained()).isEqualByComparingTo("99.8");
        assertThat(november.met()).isFalse();
        assertThat(november.closed()).isTrue();
        assertThat(november.breached()).isTrue();
        assertThat(november.creditPercent()).isEqualByComparingTo("10");
        assertThat(november.creditDue()).isEqualTo(20_000L);
        SlaPeriodAttainment december = periods.get(2);
        assertThat(december.measurements()).isEqualTo(2);
        assertThat(december.met()).isFalse();
        assertThat(december.closed()).isFalse();
        assertThat(december.creditDue()).as("a mean may still recover").isNull();
    }

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static SlaRules.Value value(String day, String value) {
        return new SlaRules.Value(LocalDate.parse(day), new BigDecimal(value));
    }
}
