package io.mekiki.notification.internal;

import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.notification.Reminder;
import io.mekiki.notification.ReminderSource;
import io.mekiki.provider.AttestationNotice;
import io.mekiki.provider.Attestations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Provider attestations (certifications, audit reports) coming to their end, at the offsets the organisation
 * set (default 90, 30 and 7 days before; ADR 039): the risk officers hear of each offset once.
 */
@Component
class AttestationReminders implements ReminderSource {

    private final Attestations attestations;
    private final Members members;

    AttestationReminders(Attestations attestations, Members members) {
        this.attestations = attestations;
        this.members = members;
    }

    @Override
    public List<Reminder> due(UUID organizationId, LocalDate today) {
        List<AttestationNotice> notices = attestations.noticesDue(organizationId, today);
        if (notices.isEmpty()) {
            return List.of();
        }
        Set<UUID> officers = members.withRole(organizationId, Role.RISK_OFFICER).stream()
                .map(Members.Member::id)
                .collect(Collectors.toSet());
        List<Reminder> reminders = new ArrayList<>();
        for (AttestationNotice notice : notices) {
            String name = notice.title() == null || notice.title().isBlank()
                    ? notice.kind().name()
                    : notice.title();
            reminders.add(new Reminder(
                    "attestation:" + notice.attestationId() + ":" + notice.endsOn() + ":" + notice.daysBefore(),
                    officers,
                    "notification.reminder.attestation.ending",
                    List.of(
                            notice.providerName(),
                            name,
                            notice.endsOn().toString(),
                            String.valueOf(notice.daysBefore())),
                    "/providers/" + notice.providerId()));
        }
        return reminders;
    }
}
