package io.mekiki.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** What every user does with their own account: activate it, change password and language. */
@Service
public class MyAccount {

    private final UserAccounts users;
    private final Organizations organizations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordCheck passwordCheck;
    private final ApiTokens tokens;
    private final UserSessions sessions;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    // An organisation's name is given when it is set up and never changes.
    private final Cache<UUID, String> organizationNames =
            Caffeine.newBuilder().maximumSize(10_000).build();

    MyAccount(
            UserAccounts users,
            Organizations organizations,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock,
            PasswordCheck passwordCheck,
            ApiTokens tokens,
            UserSessions sessions,
            PlatformTransactionManager transactions,
            JdbcClient jdbc) {
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.passwordCheck = passwordCheck;
        this.tokens = tokens;
        this.sessions = sessions;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /** What the account page shows of the signed-in user's own account. */
    public record ProfileView(
            UUID id,
            String email,
            String displayName,
            Locale language,
            Set<Role> roles,
            @Nullable Instant lastLoginAt) {}

    /**
     * The account page's view of the user's account, read in one statement without a transaction of its
     * own (the page is asked for far more often than the account changes; ADR 019).
     */
    public ProfileView profileView(SignedInUser user) {
        return jdbc.sql("""
                        select u.email, u.display_name, u.language, u.last_login_at,
                               array(select r.role from identity_user_role r where r.user_id = u.id) as roles
                        from identity_user_account u
                        where u.id = :id and u.organization_id = :organization
                        """)
                .param("id", user.userId())
                .param("organization", user.organizationId())
                .query((rs, row) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(role));
                    }
                    Timestamp lastLogin = rs.getTimestamp("last_login_at");
                    return new ProfileView(
                            user.userId(),
                            rs.getString("email"),
                            rs.getString("display_name"),
                            Locale.forLanguageTag(rs.getString("language")),
                            roles,
                            lastLogin == null ? null : lastLogin.toInstant());
                })
                .optional()
                .orElseThrow(() -> new NotFoundException(IdentityChange.USER, user.userId()));
    }

    @Transactional(readOnly = true)
    public UserAccount profile(SignedInUser user) {
        return users.findInOrganization(user.organizationId(), user.userId())
                .orElseThrow(() -> new NotFoundException(IdentityChange.USER, user.userId()));
    }

    @Transactional(readOnly = true)
    public Organization organization(SignedInUser user) {
        return organizations
                .findById(user.organizationId())
                .orElseThrow(() -> new NotFoundException(IdentityChange.ORGANIZATION, user.organizationId()));
    }

    /** The name of the user's organisation, as every page's header shows it: read once, then kept. */
    public String organizationName(SignedInUser user) {
        return organizationNames.get(
                user.organizationId(), id -> organization(user).name());
    }

    /** The account an activation link belongs to, while the link is valid. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> pendingActivation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return users.findByActivationTokenHash(Secrets.hash(token))
                .filter(UserAccount::enabled)
                .filter(user ->
                        user.activationExpiresAt() != null && clock.instant().isBefore(user.activationExpiresAt()));
    }

    @Transactional
    public UserAccount activate(String token, String password) {
        UserAccount user = pendingActivation(token)
                .orElseThrow(() -> RuleViolationException.conflict("identity.error.activationExpired"));
        PasswordPolicy.check(password, user.email());
        user.activate(passwords.encode(password), clock.instant());
        users.save(user);
        events.publishEvent(new UserActivated(user.organizationId(), user.asActor(), user.id(), user.email()));
        return user;
    }

    /**
     * Changes the password when the current one is right. Wrong current passwords count as failed
     * sign-ins from the client, so guessing here is throttled like guessing at the sign-in. A change
     * ends every other session of the person ({@code keepSession}: the one they act in, or null) and
     * revokes all their API tokens, so whoever learnt the old password or held a token is out.
     */
    public void changePassword(
            SignedInUser signedIn,
            String currentPassword,
            String newPassword,
            String clientAddress,
            @Nullable String keepSession) {
        String email = profile(signedIn).email();
        PasswordCheck.Outcome outcome = transactions.execute(status -> {
            PasswordCheck.Outcome checked = passwordCheck.check(email, currentPassword, clientAddress);
            if (checked instanceof PasswordCheck.Outcome.Accepted accepted) {
                UserAccount user = accepted.user();
                PasswordPolicy.check(newPassword, user.email());
                user.changePassword(passwords.encode(newPassword));
                users.save(user);
                int revokedTokens = tokens.revokeAllOf(user);
                int endedSessions = sessions.endAll(user, keepSession);
                events.publishEvent(new PasswordChanged(
                        user.organizationId(), signedIn.actor(), user.id(), revokedTokens, endedSessions));
            }
            return checked;
        });
        if (outcome instanceof PasswordCheck.Outcome.Throttled throttled) {
            throw new TooManyAttemptsException(throttled.delay());
        }
        if (!(outcome instanceof PasswordCheck.Outcome.Accepted)) {
            throw RuleViolationException.unprocessable("identity.error.currentPasswordWrong");
        }
    }

    @Transactional
    public void changeLanguage(SignedInUser signedIn, Locale language) {
        UserAccount user = profile(signedIn);
        if (user.language().getLanguage().equals(language.getLanguage())) {
            return;
        }
        String before = user.language().getLanguage();
        user.changeLanguage(language);
        users.save(user);
        events.publishEvent(new UserLanguageChanged(
                user.organizationId(), signedIn.actor(), user.id(), before, language.getLanguage()));
    }
}
