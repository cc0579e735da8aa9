package io.mekiki.notification.internal;

import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.notification.Reminder;
import io.mekiki.notification.ReminderSource;
import io.mekiki.provider.AttestationDue;
import io.mekiki.provider.AttestationWatch;
import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Provider attestations (certifications, audit reports) that have ended or end soon with no renewal
 * recorded: the risk officers hear of each once before its end and once after it.
 */
@Component
class AttestationReminders implements ReminderSource {

    private final AttestationWatch attestations;
    private final Members members;

    AttestationReminders(AttestationWatch attestations, Members members) {
        this.attestations = attestations;
        this.members = members;
    }

    @Override
    public List<Reminder> due(UUID organizationId, LocalDate today) {
        List<Members.Member> officers = members.withRole(organizationId, Role.RISK_OFFICER);
        if (officers.isEmpty()) {
            return List.of();
        }
        Members.Member reader = officers.get(0);
        Set<UUID> recipients = officers.stream().map(Members.Member::id).collect(Collectors.toSet());
        List<Reminder> reminders = new ArrayList<>();
        for (AttestationDue due : attestations.due(new Reader(organizationId, reader))) {
            boolean ended = due.periodEnd().isBefore(today);
            String name =
                    due.title() == null || due.title().isBlank() ? due.kind().name() : due.title();
            reminders.add(new Reminder(
                    "attestation:" + due.attestationId() + ":" + due.periodEnd() + (ended ? ":ended" : ":ending"),
                    recipients,
                    ended ? "notification.reminder.attestation.ended" : "notification.reminder.attestation.ending",
                    List.of(due.providerName(), name, due.periodEnd().toString()),
                    "/providers/" + due.providerId()));
        }
        return reminders;
    }

    /** A risk officer of the organisation, as the provider register reads for one. */
    private record Reader(UUID organizationId, Members.Member member) implements SignedInUser {

        @Override
        public UUID userId() {
            return member.id();
        }

        @Override
        public String email() {
            return member.email();
        }

        @Override
        public String displayName() {
            return member.displayName();
        }

        @Override
        public Set<String> roleNames() {
            return member.roles().stream().map(Enum::name).collect(Collectors.toSet());
        }

        @Override
        public Locale language() {
            return Locale.JAPANESE;
        }
    }
}
