package io.mekiki.operation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The organisation's rule for when the yearly supervision review of a contract year is due (ADR 038): a number
 * of days after the contract year ends (its anniversary), or a fixed day of the calendar, the first one after
 * the year ends (29 February falls on the 28th in other years).
 *
 * @param daysAfter days after the contract year's last day (rule {@link Rule#AFTER_YEAR_END}); 0 for the other rule
 * @param fixedDay the day of the calendar (rule {@link Rule#FIXED_DATE}); null for the other rule
 * @param updatedByName who set it last; null for the default
 */
public record ReviewDuePolicy(
        Rule rule,
        int daysAfter,
        @Nullable MonthDay fixedDay,
        @Nullable String updatedByName) {

    /** Days after the year's end unless the organisation sets otherwise. */
    public static final int DEFAULT_DAYS_AFTER = 30;

    public static final int DAYS_AFTER_MAX = 365;

    /** How the due date is found. */
    public enum Rule {
        AFTER_YEAR_END,
        FIXED_DATE;

        public String messageKey() {
            return "review.policy.rule." + name();
        }
    }

    public ReviewDuePolicy {
        Objects.requireNonNull(rule, "rule");
        if ((rule == Rule.FIXED_DATE) != (fixedDay != null)) {
            throw new IllegalArgumentException("a fixed day goes with the rule FIXED_DATE only");
        }
    }

    public static ReviewDuePolicy standard() {
        return new ReviewDuePolicy(Rule.AFTER_YEAR_END, DEFAULT_DAYS_AFTER, null, null);
    }

    /** The day the review of a contract year ending on {@code yearEnd} is due. */
    public LocalDate dueOn(LocalDate yearEnd) {
        if (rule == Rule.AFTER_YEAR_END) {
            return yearEnd.plusDays(daysAfter);
        }
        LocalDate candidate = fixedDay.atYear(yearEnd.getYear());
        return candidate.isAfter(yearEnd) ? candidate : fixedDay.atYear(yearEnd.getYear() + 1);
    }

    /** The first day of contract year {@code year} (1 for the first) of a contract starting on {@code startsOn}. */
    public static LocalDate yearFrom(LocalDate startsOn, int year) {
        return startsOn.plusYears(year - 1L);
    }

    /** The last day of contract year {@code year}: the day before the next one begins. */
    public static LocalDate yearTo(LocalDate startsOn, int year) {
        return startsOn.plusYears(year).minusDays(1);
    }

    /** The contract year {@code day} falls in; 0 before the contract starts. */
    public static int yearOn(LocalDate startsOn, LocalDate day) {
        if (day.isBefore(startsOn)) {
            return 0;
        }
        int year = Math.max(1, day.getYear() - startsOn.getYear());
        while (yearFrom(startsOn, year).isAfter(day)) {
            year--;
        }
        while (yearTo(startsOn, year).isBefore(day)) {
            year++;
        }
        return year;
    }
}
