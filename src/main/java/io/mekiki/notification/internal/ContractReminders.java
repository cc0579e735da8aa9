package io.mekiki.notification.internal;

import io.mekiki.contract.ContractDate;
import io.mekiki.contract.Contracts;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.notification.Reminder;
import io.mekiki.notification.ReminderSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The dates of contracts in force: the notice deadline (30 and 7 days before), the renewal and the end of a
 * contract that does not renew (30 days before); the risk officers hear of them.
 */
@Component
class ContractReminders implements ReminderSource {

    static final List<Integer> NOTICE_DAYS = List.of(30, 7);
    static final int OTHER_DAYS = 30;

    private final Contracts contracts;
    private final Members members;

    ContractReminders(Contracts contracts, Members members) {
        this.contracts = contracts;
        this.members = members;
    }

    @Override
    public List<Reminder> due(UUID organizationId, LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        Set<UUID> officers = null;
        for (ContractDate date : contracts.upcoming(organizationId, today.plusDays(OTHER_DAYS))) {
            Integer stage = stage(date, today);
            if (stage == null) {
                continue;
            }
            if (officers == null) {
                officers = members.withRole(organizationId, Role.RISK_OFFICER).stream()
                        .map(Members.Member::id)
                        .collect(Collectors.toSet());
            }
            reminders.add(new Reminder(
                    "contract:" + date.contractId() + ":" + date.kind() + ":" + date.date() + ":" + stage,
                    officers,
                    "notification.reminder.contract." + date.kind().name().toLowerCase(java.util.Locale.ROOT),
                    List.of(date.title(), date.date().toString(), String.valueOf(date.daysLeft())),
                    "/contracts/" + date.contractId()));
        }
        return reminders;
    }

    /** Which reminder of the date is due: the smallest stage the date has come within, or none. */
    private static Integer stage(ContractDate date, LocalDate today) {
        if (date.date().isBefore(today)) {
            return null;
        }
        List<Integer> stages = date.kind() == ContractDate.Kind.NOTICE_DEADLINE ? NOTICE_DAYS : List.of(OTHER_DAYS);
        Integer stage = null;
        for (int days : stages) {
            if (date.daysLeft() <= days) {
                stage = stage == null ? days : Math.min(stage, days);
            }
        }
        return stage;
    }
}
