package io.mekiki.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for sign-in and throttles guessing: after {@code loginMaxFailures} wrong passwords for
 * one address within {@code loginLockDuration}, that address is locked until the lock duration has
 * passed since the last failure. Failures for unknown addresses count too, so the lock does not tell
 * which addresses exist. Failures are kept in the database, so every instance sees them.
 */
@Service
public class SignIn implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);

    private final UserAccounts users;
    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;

    SignIn(UserAccounts users, JdbcClient jdbc, IdentitySettings settings, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        boolean locked = isLocked(email);
        var account = users.findByEmail(email.strip());
        if (account.isEmpty() && locked) {
            // answered like a locked account: a lock only for known addresses would tell which exist
            return User.withUsername("locked address")
                    .password("")
                    .accountLocked(true)
                    .build();
        }
        return MekikiUser.forSignIn(account.orElseThrow(() -> new UsernameNotFoundException("no such user")), locked);
    }

    /** The current state of a signed-in user, or empty when they no longer may sign in. */
    @Transactional(readOnly = true)
    public Optional<MekikiUser> current(UUID userId) {
        return users.findById(userId).filter(UserAccount::canSignIn).map(MekikiUser::of);
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        Instant since = clock.instant().minus(settings.loginLockDuration());
        long failures = jdbc.sql(
                        "select count(*) from identity_login_failure where lower(email) = lower(?) and failed_at > ?")
                .params(email.strip(), Timestamp.from(since))
                .query(Long.class)
                .single();
        return failures >= settings.loginMaxFailures();
    }

    @EventListener
    @Transactional
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        jdbc.sql("insert into identity_login_failure (email, failed_at) values (?, ?)")
                .params(email, Timestamp.from(clock.instant()))
                .update();
        log.warn("Failed sign-in for {}", email);
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof MekikiUser user) {
            jdbc.sql("delete from identity_login_failure where lower(email) = lower(?)")
                    .param(user.email())
                    .update();
            jdbc.sql("update identity_user_account set last_login_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), user.userId())
                    .update();
        }
    }
}
