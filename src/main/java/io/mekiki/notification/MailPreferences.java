package io.mekiki.notification;

import io.mekiki.notification.internal.MailPreferenceStore;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mail categories a person receives; each can be switched off except security mail (ADR 043). */
@Service
public class MailPreferences {

    private final MailPreferenceStore store;
    private final ApplicationEventPublisher events;

    MailPreferences(MailPreferenceStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** The categories a person may switch off, in order. */
    public static List<MailCategory> optional() {
        return Arrays.stream(MailCategory.values())
                .filter(MailCategory::optional)
                .toList();
    }

    @Transactional(readOnly = true)
    public Set<MailCategory> switchedOff(SignedInUser user) {
        return store.switchedOff(user.userId());
    }

    /**
     * Replaces the categories the person switched off; recorded in the ledger when it changes anything.
     *
     * @throws RuleViolationException naming {@code switchedOff} when security mail is among them
     */
    @Transactional
    public Set<MailCategory> change(SignedInUser user, Set<MailCategory> switchedOff) {
        if (switchedOff.contains(MailCategory.SECURITY)) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "switchedOff", "notification.error.securityAlwaysSent");
        }
        Set<MailCategory> before = store.switchedOff(user.userId());
        Set<MailCategory> after =
                switchedOff.isEmpty() ? EnumSet.noneOf(MailCategory.class) : EnumSet.copyOf(switchedOff);
        if (before.equals(after)) {
            return after;
        }
        store.replace(user.organizationId(), user.userId(), after);
        events.publishEvent(new MailPreferencesChanged(
                user.organizationId(),
                user.actor(),
                user.userId(),
                after.stream()
                        .filter(category -> !before.contains(category))
                        .map(Enum::name)
                        .toList(),
                before.stream()
                        .filter(category -> !after.contains(category))
                        .map(Enum::name)
                        .toList()));
        return after;
    }
}
