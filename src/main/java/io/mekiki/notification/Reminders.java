package io.mekiki.notification;

import io.mekiki.identity.Members;
import io.mekiki.notification.internal.Messenger;
import io.mekiki.notification.internal.ReminderStore;
import io.mekiki.shared.OrganizationTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder run (ADR 043): asks every {@link ReminderSource} what is due in each organisation today and
 * tells each recipient once, in the bell and by mail (category {@link MailCategory#REMINDERS}). Each
 * reminder and recipient is claimed, notified and mailed in one transaction; a claim that exists already
 * (another instance, an earlier run) does nothing.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final List<ReminderSource> sources;
    private final ReminderStore store;
    private final Messenger messenger;
    private final Members members;
    private final OrganizationTime time;
    private final TransactionTemplate transactions;

    Reminders(
            List<ReminderSource> sources,
            ReminderStore store,
            Messenger messenger,
            Members members,
            OrganizationTime time,
            TransactionTemplate transactions) {
        this.sources = List.copyOf(sources);
        this.store = store;
        this.messenger = messenger;
        this.members = members;
        this.time = time;
        this.transactions = transactions;
    }

    /** Runs the reminders of every organisation for its today; returns how many people were told. */
    public int run() {
        int told = 0;
        for (UUID organizationId : members.organizationIds()) {
            told += run(organizationId, time.today(organizationId));
        }
        return told;
    }

    /** Runs the reminders of one organisation as of {@code today}; returns how many people were told. */
    public int run(UUID organizationId, LocalDate today) {
        int told = 0;
        for (ReminderSource source : sources) {
            List<Reminder> due;
            try {
                due = source.due(organizationId, today);
            } catch (RuntimeException e) {
                log.warn(
                        "reminder source {} failed for organisation {}: {}",
                        source.getClass().getSimpleName(),
                        organizationId,
                        e.toString());
                continue;
            }
            for (Reminder reminder : due) {
                for (UUID recipient : reminder.recipients()) {
                    if (Boolean.TRUE.equals(
                            transactions.execute(status -> tell(organizationId, reminder, recipient)))) {
                        told++;
                    }
                }
            }
        }
        return told;
    }

    private boolean tell(UUID organizationId, Reminder reminder, UUID recipient) {
        if (!messenger.active(organizationId, recipient)) {
            return false;
        }
        if (!store.claim(reminder.key(), recipient, organizationId)) {
            return false;
        }
        return messenger.tell(
                organizationId,
                recipient,
                MailCategory.REMINDERS,
                reminder.messageKey(),
                reminder.arguments(),
                reminder.path());
    }
}
