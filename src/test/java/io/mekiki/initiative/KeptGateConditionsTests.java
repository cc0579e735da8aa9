package io.mekiki.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.shared.OrganizationTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What {@link GateConditions} keeps between reads (ADR 019, extension i7-speed; ADR 048): a contributor that
 * follows the day is asked again when the organisation's day turns, as well as when its ledger moves; one that
 * follows only the ledger is not; one that follows neither is asked on every read.
 */
class KeptGateConditionsTests {

    private static final Gate GATE = Gate.CONTINUATION_SUPERVISION_APPROVED;
    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final GateSubject INITIATIVE =
            new GateSubject(ORGANIZATION, UUID.randomUUID(), InitiativePhase.OPERATION);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 4);

    private final Calendar calendar = new Calendar(DUE);
    private final Ledger ledger = new Ledger();
    private final DueOn review = new DueOn(calendar, true, true);
    private final DueOn ledgerOnly = new DueOn(calendar, true, false);
    private final DueOn neither = new DueOn(calendar, false, false);

    @BeforeEach
    void readOnlyTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    @Test
    void aContributorThatFollowsTheDayIsAskedAgainWhenTheDayTurns() {
        GateConditions conditions = conditions(review);
        assertThat(met(conditions.of(ORGANIZATION, List.of(INITIATIVE)))).isTrue();
        assertThat(met(conditions.of(ORGANIZATION, List.of(INITIATIVE)))).isTrue();
        assertThat(review.asked).as("kept on the same day and head").isEqualTo(1);

        calendar.today = DUE.plusDays(1);
        assertThat(met(conditions.of(ORGANIZATION, List.of(INITIATIVE))))
                .as("overdue the next day")
                .isFalse();
        assertThat(review.asked).isEqualTo(2);

        review.due = DUE.plusDays(30);
        ledger.head++;
        assertThat(met(conditions.of(ORGANIZATION, List.of(INITIATIVE))))
                .as("a recorded change shows at once")
                .isTrue();
        assertThat(review.asked).isEqualTo(3);
    }

    @Test
    void aContributorThatFollowsOnlyTheLedgerIsNotAskedAgainForANewDay() {
        GateConditions conditions = conditions(ledgerOnly);
        conditions.of(ORGANIZATION, List.of(INITIATIVE));
        calendar.today = DUE.plusDays(1);
        conditions.of(ORGANIZATION, List.of(INITIATIVE));
        assertThat(ledgerOnly.asked).isEqualTo(1);
        ledger.head++;
        conditions.of(ORGANIZATION, List.of(INITIATIVE));
        assertThat(ledgerOnly.asked).isEqualTo(2);
    }

    @Test
    void aContributorThatFollowsNeitherIsAskedOnEveryRead() {
        GateConditions conditions = conditions(neither);
        conditions.of(ORGANIZATION, List.of(INITIATIVE));
        conditions.of(ORGANIZATION, List.of(INITIATIVE));
        assertThat(neither.asked).isEqualTo(2);
    }

    @Test
    void nothingIsKeptInATransactionThatMayWrite() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        GateConditions conditions = conditions(review);
        conditions.of(ORGANIZATION, List.of(INITIATIVE));
        conditions.of(ORGANIZATION, List.of(INITIATIVE));
        assertThat(review.asked).isEqualTo(2);
    }

    private GateConditions conditions(GateContributions contributor) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("contributor", contributor));
        return new GateConditions(beans.getBeanProvider(GateContributions.class), ledger, calendar);
    }

    private static boolean met(Map<UUID, Map<Gate, List<GateCondition>>> all) {
        return all.get(INITIATIVE.initiativeId()).get(GATE).get(0).met();
    }

    /** A review due on a day: met until that day, unmet after it. */
    private static final class DueOn implements GateContributions {

        private final Calendar calendar;
        private final boolean followsLedger;
        private final boolean followsTheDay;
        private LocalDate due = DUE;
        private int asked;

        DueOn(Calendar calendar, boolean followsLedger, boolean followsTheDay) {
            this.calendar = calendar;
            this.followsLedger = followsLedger;
            this.followsTheDay = followsTheDay;
        }

        @Override
        public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
            asked++;
            boolean inTime = !calendar.today(initiative.organizationId()).isAfter(due);
            return Map.of(
                    GATE,
                    List.of(
                            inTime
                                    ? GateCondition.met("REVIEW_IN_TIME", "review.condition.submitted")
                                    : GateCondition.unmet(
                                            "REVIEW_IN_TIME",
                                            "review.condition.submitted",
                                            NextStep.of(Party.RISK_OFFICER, "review.condition.act.submit"))));
        }

        @Override
        public boolean followsLedger() {
            return followsLedger;
        }

        @Override
        public boolean followsTheDay() {
            return followsTheDay;
        }
    }

    private static final class Calendar implements OrganizationTime {

        private LocalDate today;

        Calendar(LocalDate today) {
            this.today = today;
        }

        @Override
        public ZoneId zoneOf(UUID organizationId) {
            return DEFAULT_ZONE;
        }

        @Override
        public LocalDate today(UUID organizationId) {
            return today;
        }
    }

    /** The organisation's ledger head, moved by hand. */
    private static final class Ledger extends KeptReads {

        private long head = 7;

        Ledger() {
            super(null);
        }

        @Override
        OptionalLong head(UUID organizationId) {
            return TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                    ? OptionalLong.of(head)
                    : OptionalLong.empty();
        }
    }
}
