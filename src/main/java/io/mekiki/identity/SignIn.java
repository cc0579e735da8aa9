package io.mekiki.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The state of signed-in users, reloaded while their session lasts (sign-in itself: {@link PasswordSignIn}). */
@Service
public class SignIn {

    private final UserAccounts users;
    private final JdbcClient jdbc;

    SignIn(UserAccounts users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Whether an account with this e-mail address exists (for start-up tasks; sign-in never says). */
    @Transactional(readOnly = true)
    public boolean isRegistered(String email) {
        return users.findByEmail(email.strip()).isPresent();
    }

    /**
     * The current state of a signed-in user, or empty when they no longer may sign in. Asked on every page
     * request: one statement, no transaction of its own, the same answer as loading the account (ADR 019).
     */
    public Optional<MekikiUser> current(UUID userId) {
        return jdbc.sql("""
                        select u.organization_id, u.email, u.display_name, u.language,
                               array(select r.role from identity_user_role r where r.user_id = u.id) as roles
                        from identity_user_account u
                        where u.id = :id and u.enabled and u.password_hash is not null
                        """)
                .param("id", userId)
                .query((rs, row) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(role));
                    }
                    return MekikiUser.active(
                            userId,
                            rs.getObject("organization_id", UUID.class),
                            rs.getString("email"),
                            rs.getString("display_name"),
                            roles,
                            rs.getString("language"));
                })
                .optional();
    }
}
