package io.mekiki.operation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The period over which an SLA metric's attainment is judged: a calendar month or a calendar quarter. */
public enum MetricPeriod {
    MONTHLY(1),
    QUARTERLY(3);

    private final int months;

    MetricPeriod(int months) {
        this.months = months;
    }

    /** How many months the period spans (for the fee a credit is a share of). */
    public int months() {
        return months;
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        };
    }

    /** The last day of the period that holds {@code day}. */
    public LocalDate endOf(LocalDate day) {
        return startOf(day).plusMonths(months).minusDays(1);
    }
}
