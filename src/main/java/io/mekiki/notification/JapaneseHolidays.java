package io.mekiki.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of Japan under the 国民の祝日に関する法律 as it stands since 2020 (ADR 043): the fixed
 * days, the Happy Monday days, the vernal and autumnal equinox days by the usual formula (valid 1980-2099),
 * the substitute holiday (振替休日: a holiday on a Sunday moves to the next day that is not a holiday) and the
 * citizens' holiday (国民の休日: a day between two holidays). The Olympic moves of 2020 and 2021 are included;
 * the one-off holidays of the imperial succession (2019) are not, nor days before 2000.
 */
public final class JapaneseHolidays {

    private static final ConcurrentHashMap<Integer, Set<LocalDate>> YEARS = new ConcurrentHashMap<>();

    private JapaneseHolidays() {}

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** The holidays of the year, in order. */
    public static Set<LocalDate> of(int year) {
        return YEARS.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        TreeSet<LocalDate> named = new TreeSet<>();
        named.add(LocalDate.of(year, 1, 1)); // 元日
        named.add(monday(year, Month.JANUARY, 2)); // 成人の日
        named.add(LocalDate.of(year, 2, 11)); // 建国記念の日
        if (year >= 2020) {
            named.add(LocalDate.of(year, 2, 23)); // 天皇誕生日
        } else if (year <= 2018) {
            named.add(LocalDate.of(year, 12, 23));
        }
        named.add(LocalDate.of(year, 3, equinox(year, 20.8431))); // 春分の日
        named.add(LocalDate.of(year, 4, 29)); // 昭和の日
        named.add(LocalDate.of(year, 5, 3)); // 憲法記念日
        named.add(LocalDate.of(year, 5, 4)); // みどりの日
        named.add(LocalDate.of(year, 5, 5)); // こどもの日
        named.add(
                switch (year) { // 海の日
                    case 2020 -> LocalDate.of(2020, 7, 23);
                    case 2021 -> LocalDate.of(2021, 7, 22);
                    default -> monday(year, Month.JULY, 3);
                });
        if (year >= 2016) {
            named.add(
                    switch (year) { // 山の日
                        case 2020 -> LocalDate.of(2020, 8, 10);
                        case 2021 -> LocalDate.of(2021, 8, 8);
                        default -> LocalDate.of(year, 8, 11);
                    });
        }
        named.add(monday(year, Month.SEPTEMBER, 3)); // 敬老の日
        named.add(LocalDate.of(year, 9, equinox(year, 23.2488))); // 秋分の日
        named.add(
                switch (year) { // スポーツの日 (体育の日)
                    case 2020 -> LocalDate.of(2020, 7, 24);
                    case 2021 -> LocalDate.of(2021, 7, 23);
                    default -> monday(year, Month.OCTOBER, 2);
                });
        named.add(LocalDate.of(year, 11, 3)); // 文化の日
        named.add(LocalDate.of(year, 11, 23)); // 勤労感謝の日

        TreeSet<LocalDate> holidays = new TreeSet<>(named);
        // 国民の休日: a day, not itself a holiday nor a Sunday, between two named holidays
        for (LocalDate day : named) {
            LocalDate between = day.plusDays(1);
            if (!named.contains(between)
                    && named.contains(day.plusDays(2))
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                holidays.add(between);
            }
        }
        // 振替休日: a holiday on a Sunday gives the next day that is no holiday
        for (LocalDate day : named) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (holidays.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                holidays.add(substitute);
            }
        }
        return java.util.Collections.unmodifiableSet(holidays);
    }

    private static LocalDate monday(int year, Month month, int ordinal) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
    }

    /** The day of the equinox in March (base 20.8431) or September (base 23.2488), valid 1980-2099. */
    private static int equinox(int year, double base) {
        return (int) Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
