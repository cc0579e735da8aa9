package io.mekiki.notification.internal;

import io.mekiki.notification.Letter;
import io.mekiki.notification.MailCategory;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mail log: for each mail its recipient, category, template, subject and status, never its body (the
 * body of some mails carries a one-time link, ADR 043).
 */
@Repository
public class MailLog {

    public enum Status {
        QUEUED,
        SENT,
        FAILED,
        NOT_CONFIGURED,
        SWITCHED_OFF
    }

    /** A mail as the log keeps it. */
    public record Entry(
            UUID id,
            String to,
            @Nullable UUID recipientUserId,
            MailCategory category,
            String template,
            String language,
            String subject,
            Status status,
            @Nullable String failure,
            Instant createdAt,
            @Nullable Instant sentAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    MailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    public UUID record(Letter letter, String subject, Status status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into notification_mail
                          (id, recipient_address, recipient_user_id, category, template, language, subject, status,
                           created_at)
                        values (:id, :to, :user, :category, :template, :language, :subject, :status, :at)
                        """)
                .param("id", id)
                .param("to", letter.to())
                .param("user", letter.recipientUserId())
                .param("category", letter.category().name())
                .param("template", letter.template())
                .param("language", letter.locale().toLanguageTag())
                .param("subject", subject)
                .param("status", status.name())
                .param("at", now())
                .update();
        return id;
    }

    public void sent(UUID id) {
        jdbc.sql("update notification_mail set status = 'SENT', sent_at = :at, failure = null where id = :id")
                .param("id", id)
                .param("at", now())
                .update();
    }

    public void failed(UUID id, String failure) {
        jdbc.sql("update notification_mail set status = 'FAILED', failure = :failure where id = :id")
                .param("id", id)
                .param("failure", failure.length() > 500 ? failure.substring(0, 500) : failure)
                .update();
    }

    /** The latest mails to these addresses, newest first. */
    public List<Entry> to(Set<String> addresses, int limit) {
        return jdbc.sql("select * from notification_mail where recipient_address = any(:to)"
                        + " order by created_at desc limit :limit")
                .param("to", addresses.toArray(String[]::new))
                .param("limit", limit)
                .query((rs, row) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient_address"),
                        rs.getObject("recipient_user_id", UUID.class),
                        MailCategory.valueOf(rs.getString("category")),
                        rs.getString("template"),
                        rs.getString("language"),
                        rs.getString("subject"),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("failure"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("sent_at", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
