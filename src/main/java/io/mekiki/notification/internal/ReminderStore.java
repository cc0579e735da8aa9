package io.mekiki.notification.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which reminders went to whom: the primary key (reminder key, recipient) makes a second claim of the same
 * reminder for the same person find nothing to do, on any instance (ADR 043).
 */
@Repository
public class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the reminder for the recipient inside the caller's transaction; false when it was claimed
     * before (a concurrent claim waits for the other transaction and then finds the row).
     */
    public boolean claim(String key, UUID recipientUserId, UUID organizationId) {
        return jdbc.sql("""
                        insert into notification_reminder_sent (reminder_key, recipient_user_id, organization_id, sent_at)
                        values (:key, :user, :org, :at)
                        on conflict do nothing
                        """)
                        .param("key", key)
                        .param("user", recipientUserId)
                        .param("org", organizationId)
                        .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                        .update()
                == 1;
    }
}
