package io.mekiki.identity;

import io.mekiki.shared.PageReads;
import io.mekiki.shared.PeopleDirectory;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of an organisation as other modules need them: to assign work and to show names. */
@Service
public class Members implements PeopleDirectory {

    // One statement with the roles as an array: lists of people are read on many pages, and loading each
    // user as an aggregate took a statement per user (ADR 019).
    private static final String MEMBERS = """
            select u.id, u.display_name, u.email, u.enabled and u.password_hash is not null as active,
                   array(select r.role from identity_user_role r where r.user_id = u.id) as roles
            from identity_user_account u
            """;

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Users who can sign in, by name. */
    @Transactional(readOnly = true)
    public List<Member> active(UUID organizationId) {
        return jdbc.sql(MEMBERS
                        + " where u.organization_id = :org and u.enabled and u.password_hash is not null"
                        + " order by u.display_name")
                .param("org", organizationId)
                .query((rs, row) -> member(rs))
                .list();
    }

    /** The names of these users of the organisation, active or not; ids it does not know are left out. */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> names(UUID organizationId, Collection<UUID> userIds) {
        Map<UUID, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from identity_user_account where organization_id = :org and id = any(:ids)")
                .param("org", organizationId)
                .param("ids", userIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return names;
    }

    /** Active users holding the role, by name. */
    @Transactional(readOnly = true)
    public List<Member> withRole(UUID organizationId, Role role) {
        return active(organizationId).stream()
                .filter(member -> member.roles().contains(role))
                .toList();
    }

    /** Every user of the organisation, active or not, by name: to show who did something in the past. */
    public List<Member> everyone(UUID organizationId) {
        return PageReads.once(
                List.of("identity.everyone", organizationId),
                () -> List.copyOf(jdbc.sql(MEMBERS + " where u.organization_id = :org order by u.display_name")
                        .param("org", organizationId)
                        .query((rs, row) -> member(rs))
                        .list()));
    }

    /** A user of the organisation, active or not. */
    public Optional<Member> member(UUID organizationId, UUID userId) {
        return PageReads.once(
                List.of("identity.member", organizationId, userId),
                () -> jdbc.sql(MEMBERS + " where u.organization_id = :org and u.id = :id")
                        .param("org", organizationId)
                        .param("id", userId)
                        .query((rs, row) -> member(rs))
                        .optional());
    }

    /** The stored languages of these users of the organisation (for mail); ids it does not know are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, java.util.Locale> languages(UUID organizationId, Collection<UUID> userIds) {
        Map<UUID, java.util.Locale> languages = new HashMap<>();
        if (userIds.isEmpty()) {
            return languages;
        }
        jdbc.sql("select id, language from identity_user_account where organization_id = :org and id = any(:ids)")
                .param("org", organizationId)
                .param("ids", userIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    languages.put(
                            rs.getObject("id", UUID.class), java.util.Locale.forLanguageTag(rs.getString("language")));
                });
        return languages;
    }

    /** Every organisation's id, for work scheduled per organisation (reminders). */
    @Transactional(readOnly = true)
    public List<UUID> organizationIds() {
        return jdbc.sql("select id from identity_organization order by created_at")
                .query(UUID.class)
                .list();
    }

    private static Member member(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Array array = rs.getArray("roles");
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return new Member(
                rs.getObject("id", UUID.class),
                rs.getString("display_name"),
                rs.getString("email"),
                Set.copyOf(roles),
                rs.getBoolean("active"));
    }

    /** A person of the organisation. */
    public record Member(UUID id, String displayName, String email, Set<Role> roles, boolean active) {

        /** "name &lt;e-mail&gt;", as records name a person. */
        public String signature() {
            return displayName + " <" + email + ">";
        }
    }
}
