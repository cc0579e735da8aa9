package io.mekiki.notification.internal;

import io.mekiki.notification.MailCategory;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mail categories each person switched off: one row per person and category switched off. */
@Repository
public class MailPreferenceStore {

    private final JdbcClient jdbc;

    MailPreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<MailCategory> switchedOff(UUID userId) {
        Set<MailCategory> off = EnumSet.noneOf(MailCategory.class);
        jdbc.sql("select category from notification_mail_preference where user_id = :user")
                .param("user", userId)
                .query(rs -> {
                    off.add(MailCategory.valueOf(rs.getString("category")));
                });
        return off;
    }

    public boolean isSwitchedOff(UUID userId, MailCategory category) {
        return jdbc.sql("select exists(select 1 from notification_mail_preference"
                        + " where user_id = :user and category = :category)")
                .param("user", userId)
                .param("category", category.name())
                .query(Boolean.class)
                .single();
    }

    /** Replaces the person's switched-off categories. */
    public void replace(UUID organizationId, UUID userId, Set<MailCategory> off) {
        jdbc.sql("delete from notification_mail_preference where user_id = :user")
                .param("user", userId)
                .update();
        for (MailCategory category : off) {
            jdbc.sql("insert into notification_mail_preference (organization_id, user_id, category)"
                            + " values (:org, :user, :category)")
                    .param("org", organizationId)
                    .param("user", userId)
                    .param("category", category.name())
                    .update();
        }
    }
}
