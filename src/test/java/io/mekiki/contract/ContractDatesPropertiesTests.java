package io.mekiki.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The contract dates over many generated contracts (ADR 034): starts on any day from 2000 to 2060 with month
 * ends and 29 February drawn often, terms of 1–60 months, renewals of 1–60 months or none, notice periods in
 * days and in months, and days from before the start to decades after it.
 */
class ContractDatesPropertiesTests {

    private static final int TERMS_CHECKED = 30;

    @Property(tries = 2000)
    void todayLiesWithinTheCurrentTermOfARenewingContract(
            @ForAll("renewing") ContractDates dates, @ForAll @IntRange(min = 0, max = 15000) int daysAfterStart) {
        LocalDate today = dates.startsOn().plusDays(daysAfterStart);

        ContractDates.OnDay on = dates.on(today);

        assertThat(on.standing()).isEqualTo(ContractDates.Standing.IN_TERM);
        assertThat(on.current().holds(today))
                .as("%s on %s: %s", dates, today, on)
                .isTrue();
        assertThat(dates.term(on.current().index())).isEqualTo(on.current());
    }

    @Property(tries = 2000)
    void theNextRenewalIsTheDayAfterTheCurrentTermsEndAndStartsTheNextTerm(
            @ForAll("renewing") ContractDates dates, @ForAll @IntRange(min = -400, max = 15000) int daysAfterStart) {
        LocalDate today = dates.startsOn().plusDays(daysAfterStart);

        ContractDates.OnDay on = dates.on(today);

        assertThat(on.nextRenewal()).isEqualTo(on.current().end().plusDays(1));
        assertThat(on.nextRenewal()).isAfter(today);
        assertThat(dates.term(on.current().index() + 1).start()).isEqualTo(on.nextRenewal());
    }

    @Property(tries = 1000)
    void consecutiveTermsTouchWithoutGapsOrOverlaps(@ForAll("renewing") ContractDates dates) {
        assertThat(dates.term(0).start()).isEqualTo(dates.startsOn());
        for (int index = 0; index < TERMS_CHECKED; index++) {
            ContractDates.Term term = dates.term(index);
            ContractDates.Term next = dates.term(index + 1);
            assertThat(term.end()).as("term %d of %s", index, dates).isAfterOrEqualTo(term.start());
            assertThat(next.start())
                    .as("term %d of %s", index + 1, dates)
                    .isEqualTo(term.end().plusDays(1));
        }
    }

    @Property(tries = 1000)
    void termsAreCountedFromTheStartSoThatNothingDriftsOverMonthEnds(@ForAll("renewing") ContractDates dates) {
        for (int index = 0; index < TERMS_CHECKED; index++) {
            int months = dates.initialTermMonths() + index * dates.renewalTermMonths();
            // a renewing contract's k-th term ends where a contract of all those months at once would end
            ContractDates whole = new ContractDates(dates.startsOn(), months, null, null);
            assertThat(dates.term(index).end())
                    .as("term %d of %s", index, dates)
                    .isEqualTo(whole.term(0).end());
            LocalDate end = dates.term(index).end();
            LocalDate start = dates.startsOn();
            boolean monthEndStart = start.getDayOfMonth() == start.lengthOfMonth();
            YearMonth endMonth = YearMonth.from(start).plusMonths(months);
            if (monthEndStart) {
                assertThat(end).as("month end to month end").isEqualTo(endMonth.atEndOfMonth());
            } else if (endMonth.isValidDay(start.getDayOfMonth())) {
                assertThat(end)
                        .as("the day before the same day")
                        .isEqualTo(endMonth.atDay(start.getDayOfMonth()).minusDays(1));
            } else {
                assertThat(end).as("the last day of a month without that day").isEqualTo(endMonth.atEndOfMonth());
            }
        }
    }

    @Property(tries = 2000)
    void theNoticeDeadlineIsBeforeTheCurrentTermsEndByTheNoticePeriod(
            @ForAll("renewingWithNotice") ContractDates dates,
            @ForAll @IntRange(min = -400, max = 15000) int daysAfterStart) {
        LocalDate today = dates.startsOn().plusDays(daysAfterStart);

        ContractDates.OnDay on = dates.on(today);

        LocalDate end = on.current().end();
        LocalDate deadline = on.noticeDeadline();
        NoticePeriod notice = dates.notice();
        assertThat(deadline).isNotNull().isBeforeOrEqualTo(end);
        if (notice.unit() == PeriodUnit.DAYS) {
            assertThat(ChronoUnit.DAYS.between(deadline, end)).isEqualTo(notice.amount());
        } else {
            assertThat(ChronoUnit.MONTHS.between(YearMonth.from(deadline), YearMonth.from(end)))
                    .isEqualTo(notice.amount());
            assertThat(deadline.getDayOfMonth()).isEqualTo(Math.min(end.getDayOfMonth(), deadline.lengthOfMonth()));
        }
    }

    @Property(tries = 2000)
    void theNextNoticeDeadlineIsTheFirstOnOrAfterTodayOfTheCurrentOrALaterTerm(
            @ForAll("renewingWithNotice") ContractDates dates,
            @ForAll @IntRange(min = 0, max = 15000) int daysAfterStart) {
        LocalDate today = dates.startsOn().plusDays(daysAfterStart);

        ContractDates.OnDay on = dates.on(today);

        LocalDate next = on.nextNoticeDeadline();
        assertThat(next).isNotNull().isAfterOrEqualTo(today);
        int index = on.current().index();
        while (dates.notice().before(dates.term(index).end()).isBefore(today)) {
            index++;
        }
        assertThat(next).isEqualTo(dates.notice().before(dates.term(index).end()));
        if (!on.noticeDeadline().isBefore(today)) {
            assertThat(next).as("the current term's, while it has not passed").isEqualTo(on.noticeDeadline());
        }
    }

    @Property(tries = 1000)
    void aContractThatDoesNotRenewHasNoRenewalAndEndsAfterItsTerm(
            @ForAll("nonRenewing") ContractDates dates, @ForAll @IntRange(min = -400, max = 15000) int daysAfterStart) {
        LocalDate today = dates.startsOn().plusDays(daysAfterStart);

        ContractDates.OnDay on = dates.on(today);

        assertThat(on.nextRenewal()).isNull();
        assertThat(on.noticeDeadline()).isNull();
        assertThat(on.current()).isEqualTo(dates.term(0));
        ContractDates.Standing expected = today.isBefore(dates.startsOn())
                ? ContractDates.Standing.NOT_STARTED
                : today.isAfter(dates.term(0).end()) ? ContractDates.Standing.ENDED : ContractDates.Standing.IN_TERM;
        assertThat(on.standing()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<ContractDates> renewing() {
        return Combinators.combine(starts(), months(), months(), notices().injectNull(0.2))
                .as(ContractDates::new);
    }

    @Provide
    Arbitrary<ContractDates> renewingWithNotice() {
        return Combinators.combine(starts(), months(), months(), notices()).as(ContractDates::new);
    }

    @Provide
    Arbitrary<ContractDates> nonRenewing() {
        return Combinators.combine(starts(), months(), notices().injectNull(0.5))
                .as((start, initial, notice) -> new ContractDates(start, initial, null, notice));
    }

    private static Arbitrary<Integer> months() {
        return Arbitraries.integers().between(1, 60).edgeCases(edges -> edges.includeOnly(1, 12, 60));
    }

    /** Any day from 2000 to 2060, month ends and 29 February often. */
    private static Arbitrary<LocalDate> starts() {
        Arbitrary<YearMonth> months = Combinators.combine(
                        Arbitraries.integers().between(2000, 2060),
                        Arbitraries.integers().between(1, 12))
                .as(YearMonth::of);
        Arbitrary<LocalDate> anyDay = months.flatMap(month ->
                Arbitraries.integers().between(1, month.lengthOfMonth()).map(month::atDay));
        Arbitrary<LocalDate> monthEnd = months.map(YearMonth::atEndOfMonth);
        Arbitrary<LocalDate> leapDay =
                Arbitraries.of(2000, 2004, 2024, 2028, 2048, 2060).map(year -> LocalDate.of(year, 2, 29));
        Arbitrary<LocalDate> lateInMonth = months.flatMap(month ->
                Arbitraries.integers().between(28, month.lengthOfMonth()).map(month::atDay));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, anyDay),
                net.jqwik.api.Tuple.of(3, monthEnd),
                net.jqwik.api.Tuple.of(1, leapDay),
                net.jqwik.api.Tuple.of(2, lateInMonth));
    }

    private static Arbitrary<NoticePeriod> notices() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 365).map(NoticePeriod::days),
                Arbitraries.integers().between(0, 24).map(NoticePeriod::months));
    }
}
