package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The contract years and the due dates of their supervision reviews: year boundaries, year ends, leap days. */
class ReviewDuePolicyTests {

    private static final ReviewDuePolicy THIRTY_DAYS = ReviewDuePolicy.standard();

    @Test
    void contractYearsFollowEachOtherWithoutGapFromTheFirstDay() {
        LocalDate start = LocalDate.of(2025, 4, 1);
        assertThat(ReviewDuePolicy.yearFrom(start, 1)).isEqualTo(start);
        assertThat(ReviewDuePolicy.yearTo(start, 1)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReviewDuePolicy.yearFrom(start, 2)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ReviewDuePolicy.yearOn(start, LocalDate.of(2025, 3, 31)))
                .as("before the start")
                .isZero();
        assertThat(ReviewDuePolicy.yearOn(start, start)).isEqualTo(1);
        assertThat(ReviewDuePolicy.yearOn(start, LocalDate.of(2026, 3, 31))).isEqualTo(1);
        assertThat(ReviewDuePolicy.yearOn(start, LocalDate.of(2026, 4, 1))).isEqualTo(2);
        assertThat(ReviewDuePolicy.yearOn(start, LocalDate.of(2035, 4, 1))).isEqualTo(11);
    }

    @Test
    void thirtyDaysAfterTheYearEndsCrossesTheCalendarYear() {
        assertThat(THIRTY_DAYS.dueOn(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(THIRTY_DAYS.dueOn(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(new ReviewDuePolicy(ReviewDuePolicy.Rule.AFTER_YEAR_END, 0, null, null)
                        .dueOn(LocalDate.of(2026, 12, 31)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aContractStartedOnALeapDayHasItsAnniversaryOnThe28thInOtherYears() {
        LocalDate start = LocalDate.of(2024, 2, 29);
        assertThat(ReviewDuePolicy.yearTo(start, 1)).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(ReviewDuePolicy.yearFrom(start, 2)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ReviewDuePolicy.yearTo(start, 4)).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(ReviewDuePolicy.yearFrom(start, 5)).as("leap again").isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReviewDuePolicy.yearOn(start, LocalDate.of(2028, 2, 28))).isEqualTo(4);
        assertThat(ReviewDuePolicy.yearOn(start, LocalDate.of(2028, 2, 29))).isEqualTo(5);
        assertThat(THIRTY_DAYS.dueOn(ReviewDuePolicy.yearTo(start, 1))).isEqualTo(LocalDate.of(2025, 3, 29));
    }

    @Test
    void aFixedDayIsTheFirstOneAfterTheYearEnds() {
        ReviewDuePolicy june = new ReviewDuePolicy(ReviewDuePolicy.Rule.FIXED_DATE, 0, MonthDay.of(6, 30), null);
        assertThat(june.dueOn(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(june.dueOn(LocalDate.of(2026, 6, 29))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(june.dueOn(LocalDate.of(2026, 6, 30)))
                .as("not the year's last day itself")
                .isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(june.dueOn(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void aFixedLeapDayFallsOnThe28thInOtherYears() {
        ReviewDuePolicy leap = new ReviewDuePolicy(ReviewDuePolicy.Rule.FIXED_DATE, 0, MonthDay.of(2, 29), null);
        assertThat(leap.dueOn(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(leap.dueOn(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(leap.dueOn(LocalDate.of(2027, 2, 28)))
                .as("the 28th stands for the 29th in 2027")
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aFixedDayGoesWithItsRuleOnly() {
        assertThatThrownBy(() -> new ReviewDuePolicy(ReviewDuePolicy.Rule.FIXED_DATE, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewDuePolicy(ReviewDuePolicy.Rule.AFTER_YEAR_END, 30, MonthDay.of(6, 30), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
