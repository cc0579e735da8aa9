package io.mekiki.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.mekiki.contract.ContractDate;
import io.mekiki.contract.Contracts;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.notification.Reminder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Notice deadlines are told 30 and 7 days ahead, renewals and ends 30 days ahead, each stage once. */
class ContractRemindersTests {

    private final UUID organization = UUID.randomUUID();
    private final UUID officer = UUID.randomUUID();
    private final UUID contract = UUID.randomUUID();
    private final Contracts contracts = mock(Contracts.class);
    private final Members members = mock(Members.class);
    private final ContractReminders reminders = new ContractReminders(contracts, members);
    private final LocalDate deadline = LocalDate.of(2027, 3, 31);

    @Test
    void theNoticeDeadlineHasAThirtyDayAndASevenDayStage() {
        when(members.withRole(organization, Role.RISK_OFFICER))
                .thenReturn(List.of(
                        new Members.Member(officer, "Officer", "o@example.test", Set.of(Role.RISK_OFFICER), true)));

        Reminder thirty = only(LocalDate.of(2027, 3, 1));
        Reminder stillThirty = only(LocalDate.of(2027, 3, 20));
        Reminder seven = only(LocalDate.of(2027, 3, 24));

        assertThat(thirty.key()).isEqualTo("contract:" + contract + ":NOTICE_DEADLINE:2027-03-31:30");
        assertThat(stillThirty.key()).isEqualTo(thirty.key());
        assertThat(seven.key()).isEqualTo("contract:" + contract + ":NOTICE_DEADLINE:2027-03-31:7");
        assertThat(seven.recipients()).containsExactly(officer);
        assertThat(seven.messageKey()).isEqualTo("notification.reminder.contract.notice_deadline");
        assertThat(seven.arguments()).containsExactly("HR SaaS", "2027-03-31", "7");
        assertThat(seven.path()).isEqualTo("/contracts/" + contract);
    }

    @Test
    void nothingBeforeThirtyDays() {
        when(contracts.upcoming(organization, LocalDate.of(2027, 2, 27).plusDays(30)))
                .thenReturn(List.of(date(LocalDate.of(2027, 2, 27))));

        assertThat(reminders.due(organization, LocalDate.of(2027, 2, 27))).isEmpty();
    }

    private Reminder only(LocalDate today) {
        when(contracts.upcoming(organization, today.plusDays(30))).thenReturn(List.of(date(today)));
        List<Reminder> due = reminders.due(organization, today);
        assertThat(due).hasSize(1);
        return due.get(0);
    }

    private ContractDate date(LocalDate today) {
        return new ContractDate(
                contract,
                UUID.randomUUID(),
                "HR SaaS",
                ContractDate.Kind.NOTICE_DEADLINE,
                deadline,
                ChronoUnit.DAYS.between(today, deadline));
    }
}
