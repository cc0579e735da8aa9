package io.mekiki.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract dates on known cases, the failure other tools are known for first. */
class ContractDatesTests {

    @Test
    void aContractRenewedTwiceShowsItsThirdTermNotTheOriginalEnd() {
        ContractDates dates = new ContractDates(LocalDate.of(2024, 4, 1), 12, 12, NoticePeriod.months(3));

        ContractDates.OnDay on = dates.on(LocalDate.of(2026, 6, 15));

        assertThat(on.current().number()).isEqualTo(3);
        assertThat(on.current().start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(on.current().end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(on.nextRenewal()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(on.noticeDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(on.nextNoticeDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void onceThisTermsNoticeDeadlineHasPassedTheNextOneIsTheNextTerms() {
        ContractDates dates = new ContractDates(LocalDate.of(2024, 4, 1), 12, 12, NoticePeriod.days(90));

        ContractDates.OnDay on = dates.on(LocalDate.of(2027, 2, 1));

        assertThat(on.current().end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(on.noticeDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        // ninety days before 31 March 2028, a leap year
        assertThat(on.nextNoticeDeadline()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void aContractStartingOnTheLastDayOfJanuaryRunsFromMonthEndToMonthEnd() {
        ContractDates dates = new ContractDates(LocalDate.of(2028, 1, 31), 1, 1, null);

        assertThat(dates.term(0).end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(dates.term(1).start()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(dates.term(1).end()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(dates.term(2).end()).isEqualTo(LocalDate.of(2028, 4, 30));
        assertThat(new ContractDates(LocalDate.of(2027, 1, 31), 1, 1, null)
                        .term(0)
                        .end())
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aTermFromADayTheEndMonthLacksEndsOnThatMonthsLastDay() {
        ContractDates dates = new ContractDates(LocalDate.of(2027, 1, 30), 1, 1, null);

        assertThat(dates.term(0).end()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(dates.term(1).start()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(dates.term(1).end()).isEqualTo(LocalDate.of(2027, 3, 29));
    }

    @Test
    void aContractThatDoesNotRenewEndsAndHasNoNoticeDeadline() {
        ContractDates dates = new ContractDates(LocalDate.of(2026, 4, 1), 24, null, NoticePeriod.months(3));

        assertThat(dates.on(LocalDate.of(2026, 3, 1)).standing()).isEqualTo(ContractDates.Standing.NOT_STARTED);
        assertThat(dates.on(LocalDate.of(2028, 3, 31)).standing()).isEqualTo(ContractDates.Standing.IN_TERM);
        ContractDates.OnDay after = dates.on(LocalDate.of(2028, 4, 1));
        assertThat(after.standing()).isEqualTo(ContractDates.Standing.ENDED);
        assertThat(after.nextRenewal()).isNull();
        assertThat(after.nextNoticeDeadline()).isNull();
    }
}
