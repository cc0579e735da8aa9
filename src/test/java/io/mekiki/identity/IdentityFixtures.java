package io.mekiki.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, users and tokens for tests, created directly and without audit entries, so that
 * every test works in an organisation of its own. Every user's password is {@link #PASSWORD}.
 */
@Component
public class IdentityFixtures {

    public static final String PASSWORD = "a sufficiently long test password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organizations organizations;
    private final UserAccounts users;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final Clock clock;

    IdentityFixtures(
            Organizations organizations, UserAccounts users, ApiTokens tokens, PasswordEncoder passwords, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    public UUID organization() {
        return organizations
                .save(Organization.found("Test organisation " + SEQUENCE.incrementAndGet(), clock.instant()))
                .id();
    }

    /** A user who can sign in with {@link #PASSWORD}, in the given organisation. */
    @Transactional
    public MekikiUser user(UUID organizationId, Role... roles) {
        Set<Role> granted = roles.length == 0 ? EnumSet.of(Role.BUSINESS_OWNER) : EnumSet.of(roles[0], roles);
        UserAccount account = users.save(UserAccount.withPassword(
                organizationId,
                "user" + SEQUENCE.incrementAndGet() + "-"
                        + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Test user " + SEQUENCE.get(),
                granted,
                passwords.encode(PASSWORD),
                Locale.JAPANESE,
                clock.instant()));
        return MekikiUser.of(account);
    }

    /** A fresh organisation with one user holding the given roles. */
    public MekikiUser userInNewOrganization(Role... roles) {
        return user(organization(), roles);
    }

    /** The secret of a new personal API token of the user. */
    @Transactional
    public String token(MekikiUser user) {
        UserAccount account = users.findById(user.userId()).orElseThrow();
        return tokens.issue(account, "test token").token();
    }
}
