package io.mekiki.provider;

import io.mekiki.provider.AttestationCoverage.Gap;
import io.mekiki.provider.AttestationCoverage.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The months of a period that report periods cover and the gaps they leave, with what bridge letters close of
 * each gap. Works by days: a month is covered when each of its days within the period is in a report period,
 * and a month of a gap is closed when each of its days not in a report period is in a bridge letter.
 */
final class CoverageArithmetic {

    private CoverageArithmetic() {}

    /** A span of days, both ends included; no start or no end: unbounded on that side. */
    record Span(
            UUID id, @Nullable LocalDate start, @Nullable LocalDate end) {}

    /**
     * @param upcoming months wholly after {@code today} that no report covers yet: not gaps, since no report could
     *     cover them yet
     */
    record Result(List<Months> covered, List<Gap> gaps, List<Months> upcoming) {}

    /** As of a day far in the future: every month of the period is judged. */
    static Result of(LocalDate from, LocalDate to, List<Span> reports, List<Span> bridgeLetters) {
        return of(from, to, LocalDate.MAX.minusDays(1), reports, bridgeLetters);
    }

    /**
     * The coverage of {@code from}..{@code to} as of {@code today}: a month is judged on its days up to today (a
     * month wholly after today that reports do not cover is upcoming, not a gap).
     */
    static Result of(LocalDate from, LocalDate to, LocalDate today, List<Span> reports, List<Span> bridgeLetters) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + ".." + to);
        }
        int days = Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1);
        BitSet reported = days(from, to, days, reports);
        BitSet bridged = days(from, to, days, bridgeLetters);
        BitSet either = (BitSet) reported.clone();
        either.or(bridged);

        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        List<Months> covered = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        List<Months> upcoming = new ArrayList<>();
        int index = 0;
        while (index < months.size()) {
            int kind = kind(reported, from, to, today, months.get(index));
            int end = index;
            while (end + 1 < months.size() && kind(reported, from, to, today, months.get(end + 1)) == kind) {
                end++;
            }
            Months run = new Months(months.get(index), months.get(end));
            if (kind == COVERED) {
                covered.add(run);
            } else if (kind == UPCOMING) {
                upcoming.add(run);
            } else {
                gaps.add(gap(from, min(to, today), months.subList(index, end + 1), either, bridgeLetters));
            }
            index = end + 1;
        }
        return new Result(covered, gaps, upcoming);
    }

    private static final int COVERED = 0;
    private static final int GAP = 1;
    private static final int UPCOMING = 2;

    /** Covered when each day is reported (up to today, for the month today is in); upcoming when wholly after today. */
    private static int kind(BitSet reported, LocalDate from, LocalDate to, LocalDate today, YearMonth month) {
        if (all(reported, from, to, month)) {
            return COVERED;
        }
        if (max(from, month.atDay(1)).isAfter(today)) {
            return UPCOMING;
        }
        return all(reported, from, min(to, today), month) ? COVERED : GAP;
    }

    private static Gap gap(LocalDate from, LocalDate to, List<YearMonth> months, BitSet either, List<Span> letters) {
        List<Months> bridged = new ArrayList<>();
        List<Months> open = new ArrayList<>();
        int index = 0;
        while (index < months.size()) {
            boolean closed = all(either, from, to, months.get(index));
            int end = index;
            while (end + 1 < months.size() && all(either, from, to, months.get(end + 1)) == closed) {
                end++;
            }
            (closed ? bridged : open).add(new Months(months.get(index), months.get(end)));
            index = end + 1;
        }
        LocalDate gapStart = max(from, months.get(0).atDay(1));
        LocalDate gapEnd = min(to, months.get(months.size() - 1).atEndOfMonth());
        Set<UUID> closing = new LinkedHashSet<>();
        for (Span letter : letters) {
            if (overlaps(letter, gapStart, gapEnd)) {
                closing.add(letter.id());
            }
        }
        return new Gap(new Months(months.get(0), months.get(months.size() - 1)), bridged, open, List.copyOf(closing));
    }

    private static BitSet days(LocalDate from, LocalDate to, int days, List<Span> spans) {
        BitSet set = new BitSet(days);
        for (Span span : spans) {
            if (!overlaps(span, from, to)) {
                continue;
            }
            LocalDate start = span.start() == null ? from : max(from, span.start());
            LocalDate end = span.end() == null ? to : min(to, span.end());
            set.set(index(from, start), index(from, end) + 1);
        }
        return set;
    }

    private static boolean all(BitSet set, LocalDate from, LocalDate to, YearMonth month) {
        int first = index(from, max(from, month.atDay(1)));
        int last = index(from, min(to, month.atEndOfMonth()));
        int clear = set.nextClearBit(first);
        return clear > last;
    }

    static boolean overlaps(Span span, LocalDate from, LocalDate to) {
        return (span.start() == null || !span.start().isAfter(to))
                && (span.end() == null || !span.end().isBefore(from));
    }

    private static int index(LocalDate from, LocalDate day) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, day));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
