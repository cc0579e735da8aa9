package io.mekiki.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the lists the Cabinet Office publishes (内閣府「国民の祝日」について). */
class JapaneseHolidaysTests {

    @Test
    void year2024() {
        assertThat(JapaneseHolidays.of(2024))
                .containsExactlyElementsOf(days(
                        2024, "01-01", "01-08", "02-11", "02-12", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05",
                        "05-06", "07-15", "08-11", "08-12", "09-16", "09-22", "09-23", "10-14", "11-03", "11-04",
                        "11-23"));
    }

    @Test
    void year2025() {
        assertThat(JapaneseHolidays.of(2025))
                .containsExactlyElementsOf(days(
                        2025, "01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04", "05-05",
                        "05-06", "07-21", "08-11", "09-15", "09-23", "10-13", "11-03", "11-23", "11-24"));
    }

    @Test
    void year2026WithACitizensHolidayInSeptember() {
        assertThat(JapaneseHolidays.of(2026))
                .containsExactlyElementsOf(days(
                        2026, "01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06",
                        "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"));
    }

    @Test
    void year2027WithTheVernalEquinoxOnASunday() {
        assertThat(JapaneseHolidays.of(2027))
                .containsExactlyElementsOf(days(
                        2027, "01-01", "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04", "05-05",
                        "07-19", "08-11", "09-20", "09-23", "10-11", "11-03", "11-23"));
    }

    @Test
    void theOlympicYearsMovedThreeHolidays() {
        assertThat(JapaneseHolidays.of(2021))
                .contains(
                        LocalDate.of(2021, 7, 22),
                        LocalDate.of(2021, 7, 23),
                        LocalDate.of(2021, 8, 8),
                        LocalDate.of(2021, 8, 9))
                .doesNotContain(LocalDate.of(2021, 10, 11), LocalDate.of(2021, 8, 11));
    }

    @Test
    void workingDaysSkipWeekendsHolidaysAndTheYearEnd() {
        WorkingDays calendar = new WorkingDays(List.of("12-29", "12-30", "12-31", "01-01", "01-02", "01-03"));
        // Friday 2026-05-01: the Golden Week holidays and the weekend follow
        assertThat(calendar.plus(LocalDate.of(2026, 5, 1), 1)).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(calendar.between(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8)))
                .isEqualTo(2);
        // Friday 2026-12-25: 28 is the last day before the closed days, then 4 January 2027
        assertThat(calendar.plus(LocalDate.of(2026, 12, 25), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 22))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 24))).isTrue();
        WorkingDays open = new WorkingDays(List.of());
        assertThat(open.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    private static List<LocalDate> days(int year, String... monthDays) {
        return Arrays.stream(monthDays)
                .map(day -> LocalDate.parse(year + "-" + day))
                .toList();
    }
}
