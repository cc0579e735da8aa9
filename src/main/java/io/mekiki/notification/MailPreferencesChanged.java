package io.mekiki.notification;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person switched mail categories off or on again; the ledger's subject is the person (a user). */
public record MailPreferencesChanged(
        UUID organizationId, Actor actor, UUID userId, List<String> switchedOff, List<String> switchedOn)
        implements Auditable {

    public MailPreferencesChanged {
        switchedOff = List.copyOf(switchedOff);
        switchedOn = List.copyOf(switchedOn);
    }

    @Override
    public String action() {
        return "notification.mail-preferences.changed";
    }

    @Override
    public String subjectType() {
        // the person, as identity names users in the ledger
        return "USER";
    }

    @Override
    public String subjectId() {
        return userId.toString();
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("switchedOff", switchedOff, "switchedOn", switchedOn);
    }
}
