package io.mekiki.notification.internal;

import io.mekiki.decision.Decision;
import io.mekiki.decision.Decisions;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.notification.Reminder;
import io.mekiki.notification.ReminderSource;
import io.mekiki.notification.WorkingDays;
import io.mekiki.shared.OrganizationTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Decisions requested more than five working days ago and still waiting: the executives hear of them. */
@Component
class DecisionReminders implements ReminderSource {

    static final int WORKING_DAYS = 5;

    private final Decisions decisions;
    private final Members members;
    private final OrganizationTime time;
    private final WorkingDays calendar;

    DecisionReminders(Decisions decisions, Members members, OrganizationTime time, WorkingDays calendar) {
        this.decisions = decisions;
        this.members = members;
        this.time = time;
        this.calendar = calendar;
    }

    @Override
    public List<Reminder> due(UUID organizationId, LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        Set<UUID> executives = null;
        for (Decision decision : decisions.waiting(organizationId)) {
            LocalDate requested =
                    decision.requestedAt().atZone(time.zoneOf(organizationId)).toLocalDate();
            int waited = calendar.between(requested, today);
            if (waited <= WORKING_DAYS) {
                continue;
            }
            if (executives == null) {
                executives = members.withRole(organizationId, Role.EXECUTIVE).stream()
                        .map(Members.Member::id)
                        .collect(Collectors.toSet());
            }
            reminders.add(new Reminder(
                    "decision:" + decision.id() + ":waiting",
                    executives,
                    "notification.reminder.decision.waiting",
                    List.of(decision.title(), requested.toString()),
                    "/decisions/" + decision.id()));
        }
        return reminders;
    }
}
