package io.mekiki.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-day calendar of reminders (ADR 043): Saturdays, Sundays, Japanese public holidays and the
 * days the organisation closes every year (by default the year-end and new-year days 12-29 to 01-03) are
 * not working days.
 *
 * @param closedDays days closed every year, as {@code MM-dd}
 */
@ConfigurationProperties("mekiki.reminders.calendar")
public record WorkingDays(
        @DefaultValue({"12-29", "12-30", "12-31", "01-01", "01-02", "01-03"})
        List<String> closedDays) {

    public WorkingDays {
        closedDays = List.copyOf(closedDays);
        for (String day : closedDays) {
            MonthDay.parse("--" + day);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (JapaneseHolidays.isHoliday(day)) {
            return false;
        }
        return !closedDays.contains(String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth()));
    }

    /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The day {@code n} working days after {@code from}. */
    public LocalDate plus(LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
