package io.mekiki.contract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dates that follow from a contract's terms, for any day (ADR 034): the current term, the next renewal of
 * an automatically renewed contract and the deadline to give notice, always from the current term, never from
 * the original end date.
 *
 * <p>Every term boundary is computed from the start by adding whole months (n × term), never from the previous
 * boundary, so nothing drifts over short months. A term of m months from a day d ends on the day before day d
 * of the m-th month after, or on that month's last day when it has no day d (as the Civil Code, art. 143,
 * counts periods); a contract that starts on the last day of a month runs from month end to month end (a
 * contract starting 31 January with one-month terms has terms ending 28/29 February, 31 March, 30 April…).
 * The next term starts the day after a term ends: terms touch without gaps or overlaps.
 *
 * @param startsOn the first day of the contract
 * @param initialTermMonths the initial term, at least one month
 * @param renewalTermMonths the term of each automatic renewal; null when the contract does not renew
 * @param notice the notice we must give before a term's end to stop the renewal; null when none is agreed
 */
public record ContractDates(
        LocalDate startsOn,
        int initialTermMonths,
        @Nullable Integer renewalTermMonths,
        @Nullable NoticePeriod notice) {

    public ContractDates {
        Objects.requireNonNull(startsOn, "startsOn");
        if (initialTermMonths < 1) {
            throw new IllegalArgumentException("initial term " + initialTermMonths);
        }
        if (renewalTermMonths != null && renewalTermMonths < 1) {
            throw new IllegalArgumentException("renewal term " + renewalTermMonths);
        }
    }

    public boolean renews() {
        return renewalTermMonths != null;
    }

    /** The term with this index: 0 the initial term, k the k-th renewal (only for a renewing contract). */
    public Term term(int index) {
        if (index < 0 || (index > 0 && !renews())) {
            throw new IllegalArgumentException("term " + index);
        }
        LocalDate start = index == 0 ? startsOn : endAfter(monthsTo(index - 1)).plusDays(1);
        return new Term(index, start, endAfter(monthsTo(index)));
    }

    /** Months from the start to the end of the term with this index. */
    private long monthsTo(int index) {
        return initialTermMonths + (long) index * (renewalTermMonths == null ? 0 : renewalTermMonths);
    }

    /** The last day of a period of so many months from the start. */
    LocalDate endAfter(long months) {
        YearMonth first = YearMonth.from(startsOn);
        if (startsOn.getDayOfMonth() == first.lengthOfMonth()) {
            return first.plusMonths(months).atEndOfMonth();
        }
        YearMonth last = first.plusMonths(months);
        return last.isValidDay(startsOn.getDayOfMonth())
                ? last.atDay(startsOn.getDayOfMonth()).minusDays(1)
                : last.atEndOfMonth();
    }

    /** The dates as they stand on {@code today}. */
    public OnDay on(LocalDate today) {
        Objects.requireNonNull(today, "today");
        Term initial = term(0);
        if (today.isBefore(startsOn)) {
            return new OnDay(
                    today,
                    Standing.NOT_STARTED,
                    initial,
                    next(initial),
                    deadline(initial),
                    nextDeadline(initial, today));
        }
        if (!renews()) {
            boolean over = today.isAfter(initial.end());
            return new OnDay(today, over ? Standing.ENDED : Standing.IN_TERM, initial, null, null, null);
        }
        Term current = term(index(today));
        return new OnDay(
                today, Standing.IN_TERM, current, next(current), deadline(current), nextDeadline(current, today));
    }

    /** The index of the term of a renewing contract that holds {@code today} (on or after the start). */
    private int index(LocalDate today) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(startsOn), YearMonth.from(today));
        long guess = Math.max(0, (months - initialTermMonths) / renewalTermMonths);
        int index = (int) Math.min(guess, Integer.MAX_VALUE - 2);
        while (index > 0 && term(index).start().isAfter(today)) {
            index--;
        }
        while (term(index).end().isBefore(today)) {
            index++;
        }
        return index;
    }

    private @Nullable LocalDate next(Term term) {
        return renews() ? term.end().plusDays(1) : null;
    }

    private @Nullable LocalDate deadline(Term term) {
        return renews() && notice != null ? notice.before(term.end()) : null;
    }

    /** The first notice deadline on or after today: this term's, or a later one's when it has passed. */
    private @Nullable LocalDate nextDeadline(Term from, LocalDate today) {
        if (!renews() || notice == null) {
            return null;
        }
        Term term = from;
        while (notice.before(term.end()).isBefore(today)) {
            term = term(term.index() + 1);
        }
        return notice.before(term.end());
    }

    /** Where a contract stands on a day. */
    public enum Standing {
        /** Before its first day. */
        NOT_STARTED,
        /** Within a term. */
        IN_TERM,
        /** Past the end of a contract that does not renew. */
        ENDED
    }

    /**
     * A term of the contract, both days included.
     *
     * @param index 0 for the initial term, k for the k-th renewal
     */
    public record Term(int index, LocalDate start, LocalDate end) {

        public boolean holds(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }

        /** The term's number as people count it, from 1. */
        public int number() {
            return index + 1;
        }
    }

    /**
     * The dates on a day.
     *
     * @param current the term that holds the day; the initial term before the start, and the last term after the
     *     end of a contract that does not renew
     * @param nextRenewal the first day of the next term of a renewing contract; null when it does not renew
     * @param noticeDeadline the last day to give notice to stop the renewal at the current term's end; null
     *     when the contract does not renew or no notice is agreed
     * @param nextNoticeDeadline the first notice deadline on or after the day (the current term's, or the next
     *     term's when that has passed)
     */
    public record OnDay(
            LocalDate today,
            Standing standing,
            Term current,
            @Nullable LocalDate nextRenewal,
            @Nullable LocalDate noticeDeadline,
            @Nullable LocalDate nextNoticeDeadline) {

        /** Days from today to the current term's end (negative once it has passed). */
        public long daysToTermEnd() {
            return ChronoUnit.DAYS.between(today, current.end());
        }
    }
}
