package io.mekiki.identity;

import io.mekiki.shared.Actor;
import io.mekiki.shared.RuleViolationException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first run: while no user exists, a one-time setup link (or the bootstrap settings) creates the
 * organisation and its first administrator. There is never a default password.
 */
@Service
public class OrganizationSetup {

    private static final Logger log = LoggerFactory.getLogger(OrganizationSetup.class);
    private static final long SETUP_LOCK = 0x4d656b696b69L;

    private final Organizations organizations;
    private final UserAccounts users;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationSetup(
            Organizations organizations,
            UserAccounts users,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean needsSetup() {
        return users.count() == 0;
    }

    /** Replaces any earlier setup link with a new one and returns its secret token. */
    @Transactional
    public String issueSetupToken() {
        String token = Secrets.newToken("setup_");
        jdbc.sql("delete from identity_setup_token").update();
        jdbc.sql("insert into identity_setup_token (token_hash, created_at) values (?, ?)")
                .params(Secrets.hash(token), java.sql.Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    @Transactional(readOnly = true)
    public boolean acceptsSetupToken(String token) {
        return token != null
                && needsSetup()
                && jdbc.sql("select count(*) from identity_setup_token where token_hash = ?")
                                .param(Secrets.hash(token))
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** Completes the setup through the one-time link. */
    @Transactional
    public FirstAdministrator completeSetup(SetupRequest request, String token) {
        lockSetup();
        if (!acceptsSetupToken(token)) {
            throw RuleViolationException.conflict("identity.error.setupLinkInvalid");
        }
        FirstAdministrator created = create(request);
        jdbc.sql("delete from identity_setup_token").update();
        return created;
    }

    /** Creates organisation and administrator from the bootstrap settings, unless users exist. */
    @Transactional
    public boolean bootstrap(BootstrapSettings settings) {
        lockSetup();
        if (!needsSetup()) {
            log.info("Bootstrap settings ignored: users already exist");
            return false;
        }
        if (settings.adminEmail() == null || settings.adminPassword() == null) {
            throw new IllegalStateException(
                    "MEKIKI_BOOTSTRAP_ORGANIZATION is set: MEKIKI_BOOTSTRAP_ADMIN_EMAIL and MEKIKI_BOOTSTRAP_ADMIN_PASSWORD must be set too");
        }
        try {
            PasswordPolicy.check(settings.adminPassword(), settings.adminEmail());
        } catch (RuleViolationException refused) {
            throw new IllegalStateException(
                    "MEKIKI_BOOTSTRAP_ADMIN_PASSWORD does not meet the password policy: it needs "
                            + PasswordPolicy.MINIMUM_LENGTH + " to " + PasswordPolicy.MAXIMUM_LENGTH
                            + " characters and must not be the administrator's e-mail address ("
                            + refused.messageCode() + ")",
                    refused);
        }
        create(new SetupRequest(
                settings.organization(),
                settings.adminName(),
                settings.adminEmail(),
                settings.adminPassword(),
                EnumSet.copyOf(settings.adminRoles()),
                Locale.JAPANESE));
        jdbc.sql("delete from identity_setup_token").update();
        log.info(
                "Bootstrap created organisation '{}' with administrator {}",
                settings.organization(),
                settings.adminEmail());
        return true;
    }

    private FirstAdministrator create(SetupRequest request) {
        PasswordPolicy.check(request.password(), request.adminEmail());
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        roles.addAll(request.roles());
        Organization organization = organizations.save(Organization.found(request.organizationName(), clock.instant()));
        UserAccount admin = users.save(UserAccount.withPassword(
                organization.id(),
                request.adminEmail(),
                request.adminName(),
                roles,
                passwords.encode(request.password()),
                request.language(),
                clock.instant()));
        Actor actor = admin.asActor();
        events.publishEvent(new OrganizationCreated(organization.id(), actor, organization.name()));
        events.publishEvent(new UserCreated(
                organization.id(),
                actor,
                admin.id(),
                admin.email(),
                admin.displayName(),
                roles.stream().map(Role::name).sorted().toList()));
        return new FirstAdministrator(organization.id(), admin.id(), admin.email());
    }

    private void lockSetup() {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(SETUP_LOCK)
                .query(Object.class)
                .list();
    }

    /** What the setup page asks for. */
    public record SetupRequest(
            String organizationName,
            String adminName,
            String adminEmail,
            String password,
            Set<Role> roles,
            Locale language) {}

    public record FirstAdministrator(java.util.UUID organizationId, java.util.UUID userId, String email) {}
}
