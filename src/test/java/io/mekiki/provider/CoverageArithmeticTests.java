package io.mekiki.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.provider.AttestationCoverage.Gap;
import io.mekiki.provider.AttestationCoverage.Months;
import io.mekiki.provider.CoverageArithmetic.Result;
import io.mekiki.provider.CoverageArithmetic.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoverageArithmeticTests {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Test
    void aReportCoveringTheWholeYearLeavesNoGap() {
        Result result = CoverageArithmetic.of(
                JAN_1, DEC_31, List.of(span(LocalDate.of(2025, 10, 1), LocalDate.of(2027, 3, 31))), List.of());

        assertThat(result.covered()).containsExactly(months("2026-01", "2026-12"));
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void gapsAtBothEndsOfTheYear() {
        Result result = CoverageArithmetic.of(
                JAN_1, DEC_31, List.of(span(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31))), List.of());

        assertThat(result.covered()).containsExactly(months("2026-03", "2026-10"));
        assertThat(result.gaps())
                .extracting(Gap::months)
                .containsExactly(months("2026-01", "2026-02"), months("2026-11", "2026-12"));
        assertThat(result.gaps()).allSatisfy(gap -> {
            assertThat(gap.closed()).isFalse();
            assertThat(gap.bridged()).isEmpty();
            assertThat(gap.open()).containsExactly(gap.months());
        });
    }

    @Test
    void aMonthCoveredOnlyInPartIsAGap() {
        Result result = CoverageArithmetic.of(
                JAN_1, DEC_31, List.of(span(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 9, 15))), List.of());

        assertThat(result.covered()).containsExactly(months("2026-01", "2026-08"));
        assertThat(result.gaps()).extracting(Gap::months).containsExactly(months("2026-09", "2026-12"));
    }

    @Test
    void overlappingReportsCoverTheirUnionAndLeaveTheHoleBetween() {
        Result result = CoverageArithmetic.of(
                JAN_1,
                DEC_31,
                List.of(
                        span(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)),
                        span(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 8, 31)),
                        span(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31))),
                List.of());

        assertThat(result.covered()).containsExactly(months("2026-01", "2026-08"), months("2026-11", "2026-12"));
        assertThat(result.gaps()).extracting(Gap::months).containsExactly(months("2026-09", "2026-10"));
    }

    @Test
    void aBridgeLetterClosesTheMonthsItCovers() {
        Span letter = span(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30));
        Result result = CoverageArithmetic.of(
                JAN_1, DEC_31, List.of(span(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30))), List.of(letter));

        assertThat(result.covered()).containsExactly(months("2026-01", "2026-09"));
        Gap gap = result.gaps().get(0);
        assertThat(gap.months()).isEqualTo(months("2026-10", "2026-12"));
        assertThat(gap.bridged()).containsExactly(months("2026-10", "2026-11"));
        assertThat(gap.open()).containsExactly(months("2026-12", "2026-12"));
        assertThat(gap.bridgeLetterIds()).containsExactly(letter.id());
        assertThat(gap.closed()).isFalse();
    }

    @Test
    void aBridgeLetterToTheEndOfTheGapClosesIt() {
        Span letter = span(LocalDate.of(2026, 9, 16), LocalDate.of(2027, 1, 31));
        Result result = CoverageArithmetic.of(
                JAN_1, DEC_31, List.of(span(LocalDate.of(2025, 9, 16), LocalDate.of(2026, 9, 15))), List.of(letter));

        Gap gap = result.gaps().get(0);
        assertThat(gap.months()).isEqualTo(months("2026-09", "2026-12"));
        assertThat(gap.bridged()).containsExactly(months("2026-09", "2026-12"));
        assertThat(gap.closed()).isTrue();
    }

    @Test
    void aPeriodOfPartMonthsCountsOnlyTheDaysWithinIt() {
        Result result = CoverageArithmetic.of(
                LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 6, 10),
                List.of(span(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 6, 10))),
                List.of());

        assertThat(result.covered()).containsExactly(months("2026-04", "2026-06"));
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void noReportIsOneGapOverTheYearAndOpenEndsCoverToTheEnd() {
        assertThat(CoverageArithmetic.of(JAN_1, DEC_31, List.of(), List.of()).gaps())
                .extracting(Gap::months)
                .containsExactly(months("2026-01", "2026-12"));
        Result open = CoverageArithmetic.of(JAN_1, DEC_31, List.of(span(LocalDate.of(2026, 2, 1), null)), List.of());
        assertThat(open.covered()).containsExactly(months("2026-02", "2026-12"));
        assertThat(open.gaps()).extracting(Gap::months).containsExactly(months("2026-01", "2026-01"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> CoverageArithmetic.of(DEC_31, JAN_1, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(months("2026-01", "2026-12").count()).isEqualTo(12);
    }

    @Test
    void monthsAfterTodayAreUpcomingNotGapsAndTheCurrentMonthIsJudgedUpToToday() {
        LocalDate today = LocalDate.of(2026, 8, 10);
        Result result = CoverageArithmetic.of(
                JAN_1, DEC_31, today, List.of(span(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 10))), List.of());

        assertThat(result.covered()).containsExactly(months("2026-01", "2026-08"));
        assertThat(result.gaps()).isEmpty();
        assertThat(result.upcoming()).containsExactly(months("2026-09", "2026-12"));

        Result lapsed = CoverageArithmetic.of(
                JAN_1, DEC_31, today, List.of(span(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31))), List.of());
        assertThat(lapsed.gaps()).extracting(Gap::months).containsExactly(months("2026-06", "2026-08"));
        assertThat(lapsed.upcoming()).containsExactly(months("2026-09", "2026-12"));
    }

    private static Span span(LocalDate start, LocalDate end) {
        return new Span(UUID.randomUUID(), start, end);
    }

    private static Months months(String first, String last) {
        return new Months(YearMonth.parse(first), YearMonth.parse(last));
    }
}
