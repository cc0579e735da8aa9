package io.mekiki.contract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A notice period: so many calendar days or months before a date.
 *
 * @param amount 0–{@value #MAX_AMOUNT}
 */
public record NoticePeriod(int amount, PeriodUnit unit) {

    public static final int MAX_AMOUNT = 730;

    public NoticePeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("notice amount " + amount);
        }
    }

    public static NoticePeriod days(int amount) {
        return new NoticePeriod(amount, PeriodUnit.DAYS);
    }

    public static NoticePeriod months(int amount) {
        return new NoticePeriod(amount, PeriodUnit.MONTHS);
    }

    /**
     * The last day notice can be given for it to take effect by {@code date}: so many days, or so many months
     * (the same day of the month, or the month's last day when it has no such day), before it.
     */
    public LocalDate before(LocalDate date) {
        return unit == PeriodUnit.DAYS ? date.minusDays(amount) : date.minusMonths(amount);
    }
}
