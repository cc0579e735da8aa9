package io.mekiki.notification.internal;

import io.mekiki.notification.MailCategory;
import io.mekiki.notification.Notification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bell's notifications, per person. */
@Repository
public class BellStore {

    private final JdbcClient jdbc;

    BellStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID add(
            UUID organizationId,
            UUID userId,
            MailCategory category,
            String messageKey,
            List<String> arguments,
            String path) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into notification_item
                          (id, organization_id, user_id, category, message_key, arguments, link, created_at)
                        values (:id, :org, :user, :category, :key, :arguments, :link, :at)
                        """)
                .param("id", id)
                .param("org", organizationId)
                .param("user", userId)
                .param("category", category.name())
                .param("key", messageKey)
                .param("arguments", arguments.toArray(String[]::new))
                .param("link", path)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return id;
    }

    public List<Notification> of(UUID organizationId, UUID userId, boolean unreadOnly, int limit) {
        return jdbc.sql("select * from notification_item where organization_id = :org and user_id = :user"
                        + (unreadOnly ? " and read_at is null" : "")
                        + " order by created_at desc, id limit :limit")
                .param("org", organizationId)
                .param("user", userId)
                .param("limit", limit)
                .query((rs, row) -> notification(rs))
                .list();
    }

    public Optional<Notification> one(UUID organizationId, UUID userId, UUID id) {
        return jdbc.sql("select * from notification_item where organization_id = :org and user_id = :user and id = :id")
                .param("org", organizationId)
                .param("user", userId)
                .param("id", id)
                .query((rs, row) -> notification(rs))
                .optional();
    }

    public int unread(UUID organizationId, UUID userId) {
        return jdbc.sql("select count(*) from notification_item"
                        + " where organization_id = :org and user_id = :user and read_at is null")
                .param("org", organizationId)
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    public void markRead(UUID userId, Collection<UUID> ids) {
        jdbc.sql(
                        "update notification_item set read_at = :at where user_id = :user and id = any(:ids) and read_at is null")
                .param("user", userId)
                .param("ids", ids.toArray(UUID[]::new))
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    public int markAllRead(UUID organizationId, UUID userId) {
        return jdbc.sql("update notification_item set read_at = :at"
                        + " where organization_id = :org and user_id = :user and read_at is null")
                .param("org", organizationId)
                .param("user", userId)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        OffsetDateTime readAt = rs.getObject("read_at", OffsetDateTime.class);
        return new Notification(
                rs.getObject("id", UUID.class),
                MailCategory.valueOf(rs.getString("category")),
                rs.getString("message_key"),
                List.copyOf(Arrays.asList((String[]) rs.getArray("arguments").getArray())),
                rs.getString("link"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}
