package io.mekiki.identity;

import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do with the users of their organisation. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final IdentitySettings settings;
    private final Clock clock;

    UserAdministration(UserAccounts users, ApplicationEventPublisher events, IdentitySettings settings, Clock clock) {
        this.users = users;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users(SignedInUser admin) {
        return users.findByOrganizationIdOrderByDisplayName(admin.organizationId());
    }

    @Transactional(readOnly = true)
    public UserAccount user(SignedInUser admin, UUID userId) {
        return find(admin, userId);
    }

    /** Creates the user and returns the secret of their activation link, shown to the administrator once. */
    @Transactional
    public Invitation invite(SignedInUser admin, String email, String displayName, Set<Role> roles, Locale language) {
        if (users.findByEmail(email.strip()).isPresent()) {
            throw RuleViolationException.conflict("identity.error.emailTaken", email.strip());
        }
        String token = Secrets.newToken("act_");
        Instant expiresAt = clock.instant().plus(settings.activationValidity());
        UserAccount user = users.save(UserAccount.invited(
                admin.organizationId(),
                email,
                displayName,
                roles,
                language,
                Secrets.hash(token),
                expiresAt,
                clock.instant()));
        publish(
                admin,
                "identity.user.invited",
                user,
                Map.of(
                        "email", user.email(),
                        "displayName", user.displayName(),
                        "roles", roleNames(user.roles())));
        return new Invitation(user.id(), user.email(), token, expiresAt);
    }

    @Transactional
    public Invitation reissueActivation(SignedInUser admin, UUID userId) {
        UserAccount user = find(admin, userId);
        if (!user.awaitsActivation()) {
            throw RuleViolationException.conflict("identity.error.alreadyActivated");
        }
        String token = Secrets.newToken("act_");
        Instant expiresAt = clock.instant().plus(settings.activationValidity());
        user.reissueActivation(Secrets.hash(token), expiresAt);
        users.save(user);
        publish(admin, "identity.user.activation-reissued", user, Map.of("expiresAt", expiresAt.toString()));
        return new Invitation(user.id(), user.email(), token, expiresAt);
    }

    @Transactional
    public UserAccount changeRoles(SignedInUser admin, UUID userId, Set<Role> roles) {
        UserAccount user = find(admin, userId);
        Set<Role> before = user.roles();
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(admin, user);
        }
        user.changeRoles(roles);
        users.save(user);
        publish(
                admin,
                "identity.user.roles-changed",
                user,
                Map.of("before", roleNames(before), "after", roleNames(user.roles())));
        return user;
    }

    @Transactional
    public UserAccount disable(SignedInUser admin, UUID userId) {
        UserAccount user = find(admin, userId);
        if (user.id().equals(admin.userId())) {
            throw RuleViolationException.conflict("identity.error.cannotDisableSelf");
        }
        if (user.isActiveAdmin()) {
            requireAnotherActiveAdmin(admin, user);
        }
        user.disable();
        users.save(user);
        publish(admin, "identity.user.disabled", user, Map.of("email", user.email()));
        return user;
    }

    @Transactional
    public UserAccount enable(SignedInUser admin, UUID userId) {
        UserAccount user = find(admin, userId);
        user.enable();
        users.save(user);
        publish(admin, "identity.user.enabled", user, Map.of("email", user.email()));
        return user;
    }

    private void requireAnotherActiveAdmin(SignedInUser admin, UserAccount user) {
        boolean another = users.findByOrganizationIdOrderByDisplayName(admin.organizationId()).stream()
                .anyMatch(other -> !other.id().equals(user.id()) && other.isActiveAdmin());
        if (!another) {
            throw RuleViolationException.conflict("identity.error.lastAdmin");
        }
    }

    private UserAccount find(SignedInUser admin, UUID userId) {
        return users.findInOrganization(admin.organizationId(), userId)
                .orElseThrow(() -> new NotFoundException(IdentityChange.USER, userId));
    }

    private void publish(SignedInUser admin, String action, UserAccount user, Map<String, ?> change) {
        events.publishEvent(new IdentityChange(
                admin.organizationId(),
                admin.actor(),
                action,
                IdentityChange.USER,
                user.id().toString(),
                change));
    }

    static List<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    /** A new user's activation link secret; only its hash is stored. */
    public record Invitation(UUID userId, String email, String activationToken, Instant expiresAt) {}
}
