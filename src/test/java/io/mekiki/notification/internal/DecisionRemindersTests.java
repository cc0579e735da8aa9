package io.mekiki.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.Subject;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.notification.Reminder;
import io.mekiki.notification.WorkingDays;
import io.mekiki.shared.OrganizationTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Decisions waiting more than five working days, counted without weekends, holidays and closed days. */
class DecisionRemindersTests {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final UUID organization = UUID.randomUUID();
    private final UUID executive = UUID.randomUUID();
    private final Decisions decisions = mock(Decisions.class);
    private final Members members = mock(Members.class);
    private final OrganizationTime time = mock(OrganizationTime.class);
    private final DecisionReminders reminders = new DecisionReminders(
            decisions, members, time, new WorkingDays(List.of("12-29", "12-30", "12-31", "01-01", "01-02", "01-03")));

    @Test
    void aDecisionRequestedBeforeGoldenWeekWaitsSixWorkingDaysOnTheFourteenthOfMay() {
        // requested on Friday 1 May 2026, 23:30 in Tokyo (14:30 UTC): 3-6 May are holidays
        Decision waiting = decision(ZonedDateTime.of(2026, 5, 1, 23, 30, 0, 0, TOKYO));
        when(time.zoneOf(organization)).thenReturn(TOKYO);
        when(decisions.waiting(organization)).thenReturn(List.of(waiting));
        when(members.withRole(organization, Role.EXECUTIVE))
                .thenReturn(List.of(
                        new Members.Member(executive, "Exec", "exec@example.test", Set.of(Role.EXECUTIVE), true)));

        assertThat(reminders.due(organization, LocalDate.of(2026, 5, 13))).isEmpty();
        List<Reminder> due = reminders.due(organization, LocalDate.of(2026, 5, 14));

        assertThat(due).hasSize(1);
        assertThat(due.get(0).key()).isEqualTo("decision:" + waiting.id() + ":waiting");
        assertThat(due.get(0).recipients()).containsExactly(executive);
        assertThat(due.get(0).arguments()).containsExactly("Use the service", "2026-05-01");
        assertThat(due.get(0).path()).isEqualTo("/decisions/" + waiting.id());
    }

    @Test
    void theYearEndDaysDoNotCount() {
        // requested on Friday 25 December 2026; 28 Dec, then 4-8 Jan 2027 are working days
        Decision waiting = decision(ZonedDateTime.of(2026, 12, 25, 10, 0, 0, 0, TOKYO));
        when(time.zoneOf(organization)).thenReturn(TOKYO);
        when(decisions.waiting(organization)).thenReturn(List.of(waiting));
        when(members.withRole(organization, Role.EXECUTIVE)).thenReturn(List.of());

        assertThat(reminders.due(organization, LocalDate.of(2027, 1, 7))).isEmpty();
        assertThat(reminders.due(organization, LocalDate.of(2027, 1, 8))).hasSize(1);
    }

    private Decision decision(ZonedDateTime requestedAt) {
        return new Decision(
                UUID.randomUUID(),
                organization,
                new Subject("INITIATIVE", UUID.randomUUID()),
                "SELECTION_APPROVED",
                "Use the service",
                "Proceed",
                List.of(),
                List.of(),
                UUID.randomUUID(),
                "Officer",
                requestedAt.toInstant(),
                DecisionStatus.REQUESTED,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                "{}",
                "hash",
                false,
                null);
    }
}
