package io.mekiki.identity;

import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
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

    /** Roles an administrator cannot grant themselves without another administrator's confirmation. */
    static final Set<Role> CONFIRMED_WHEN_SELF_GRANTED = EnumSet.of(Role.EXECUTIVE);

    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final IdentitySettings settings;
    private final Clock clock;
    private final ApiTokens tokens;
    private final UserSessions sessions;
    private final PendingRoleGrants pendingGrants;

    UserAdministration(
            UserAccounts users,
            ApplicationEventPublisher events,
            IdentitySettings settings,
            Clock clock,
            ApiTokens tokens,
            UserSessions sessions,
            PendingRoleGrants pendingGrants) {
        this.users = users;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.tokens = tokens;
        this.sessions = sessions;
        this.pendingGrants = pendingGrants;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users(SignedInUser admin) {
        return users.findByOrganizationIdOrderByDisplayName(admin.organizationId());
    }

    /** The keys the users list sorts by. */
    public static final List<String> SORT_KEYS = List.of("name", "email", "status", "lastSignIn");

    /** Users are listed by name unless asked otherwise. */
    public static final ListOrder DEFAULT_ORDER = ListOrder.ascending("name");

    /**
     * One page of the organisation's users in the order asked for (an organisation has few users: they
     * are sorted as read); by last sign-in, someone who never signed in counts as the earliest.
     *
     * @throws io.mekiki.shared.RuleViolationException naming {@code sort} for a key not in {@link #SORT_KEYS}
     */
    @Transactional(readOnly = true)
    public ListPage<UserAccount> users(SignedInUser admin, ListOrder order, int page, int size) {
        ListOrder checked = ListOrder.parse(order.parameter(), DEFAULT_ORDER, SORT_KEYS);
        Collator names = Collator.getInstance(admin.language());
        Map<String, Comparator<UserAccount>> comparators = Map.of(
                "name", Comparator.comparing(UserAccount::displayName, names),
                "email", Comparator.comparing(user -> user.email().toLowerCase(Locale.ROOT)),
                "status", Comparator.comparingInt(UserAdministration::statusRank),
                "lastSignIn",
                        Comparator.comparing(
                                UserAccount::lastLoginAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        return ListPage.sorted(
                users.findByOrganizationIdOrderByDisplayName(admin.organizationId()),
                checked,
                comparators,
                Comparator.comparing(UserAccount::displayName, names).thenComparing(UserAccount::id),
                page,
                size);
    }

    /** Active first, then those who have not activated their account yet, then the disabled. */
    private static int statusRank(UserAccount user) {
        if (!user.enabled()) {
            return 2;
        }
        return user.awaitsActivation() ? 1 : 0;
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
        events.publishEvent(new UserInvited(
                admin.organizationId(),
                admin.actor(),
                user.id(),
                user.email(),
                user.displayName(),
                roleNames(user.roles())));
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
        events.publishEvent(new UserActivationReissued(admin.organizationId(), admin.actor(), user.id(), expiresAt));
        return new Invitation(user.id(), user.email(), token, expiresAt);
    }

    /**
     * Resets a user's password: the old one stops working, every session of theirs ends, all their API
     * tokens are revoked, and they choose a new password through a new activation link.
     */
    @Transactional
    public Invitation resetPassword(SignedInUser admin, UUID userId) {
        UserAccount user = find(admin, userId);
        if (user.id().equals(admin.userId())) {
            throw RuleViolationException.forbidden("identity.error.cannotResetSelf");
        }
        String token = Secrets.newToken("act_");
        Instant expiresAt = clock.instant().plus(settings.activationValidity());
        user.resetPassword(Secrets.hash(token), expiresAt);
        users.save(user);
        int revokedTokens = tokens.revokeAllOf(user);
        int endedSessions = sessions.endAll(user, null);
        events.publishEvent(new PasswordReset(
                admin.organizationId(), admin.actor(), user.id(), revokedTokens, endedSessions, expiresAt));
        return new Invitation(user.id(), user.email(), token, expiresAt);
    }

    /**
     * Replaces a user's roles. An administrator who grants themselves the executive role only asks for
     * it: another administrator confirms or declines (their other changes apply at once); while they are
     * the only administrator, the self-grant is refused.
     */
    @Transactional
    public RolesChanged changeRoles(SignedInUser admin, UUID userId, Set<Role> roles) {
        UserAccount user = find(admin, userId);
        Set<Role> before = user.roles();
        Set<Role> toConfirm = EnumSet.noneOf(Role.class);
        if (user.id().equals(admin.userId())) {
            roles.stream()
                    .filter(role -> CONFIRMED_WHEN_SELF_GRANTED.contains(role) && !before.contains(role))
                    .forEach(toConfirm::add);
        }
        if (!toConfirm.isEmpty() && !anotherActiveAdmin(admin, user)) {
            throw RuleViolationException.conflict("identity.error.selfGrantNeedsAnotherAdmin");
        }
        Set<Role> now = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        now.removeAll(toConfirm);
        if (now.isEmpty() && !toConfirm.isEmpty()) {
            now = before; // asked for nothing but what needs confirming: the current roles stay meanwhile
        }
        if (before.contains(Role.ADMIN) && !now.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(admin, user);
        }
        if (!now.equals(before)) {
            user.changeRoles(now);
            users.save(user);
            events.publishEvent(new UserRolesChanged(
                    admin.organizationId(), admin.actor(), user.id(), roleNames(before), roleNames(user.roles())));
        }
        for (Role role : toConfirm) {
            if (pendingGrants.find(admin.organizationId(), user.id(), role).isEmpty()) {
                pendingGrants.add(
                        admin.organizationId(),
                        new PendingRoleGrant(UUID.randomUUID(), user.id(), role, admin.userId(), clock.instant()));
                events.publishEvent(new RoleGrantRequested(admin.organizationId(), admin.actor(), user.id(), role));
            }
        }
        return new RolesChanged(user, toConfirm);
    }

    /** The self-granted roles that wait for a confirmation in the administrator's organisation. */
    @Transactional(readOnly = true)
    public List<PendingRoleGrant> pendingRoleGrants(SignedInUser admin) {
        return pendingGrants.inOrganization(admin.organizationId());
    }

    /** Another administrator confirms a role that an administrator asked to grant themselves. */
    @Transactional
    public UserAccount confirmRoleGrant(SignedInUser admin, UUID userId, Role role) {
        UserAccount user = find(admin, userId);
        PendingRoleGrant pending = pending(admin, userId, role);
        if (pending.requestedBy().equals(admin.userId())) {
            throw RuleViolationException.forbidden("identity.error.cannotConfirmOwnRequest");
        }
        if (!user.enabled()) {
            throw RuleViolationException.conflict("identity.error.confirmForDisabledUser");
        }
        decide(pending);
        Set<Role> before = user.roles();
        Set<Role> after = EnumSet.copyOf(before);
        after.add(role);
        user.changeRoles(after);
        users.save(user);
        events.publishEvent(new RoleGrantConfirmed(
                admin.organizationId(),
                admin.actor(),
                user.id(),
                pending.role(),
                requesterName(pending),
                pending.requestedAt(),
                admin.actor().name(),
                roleNames(before),
                roleNames(user.roles())));
        return user;
    }

    /** Another administrator declines, or the one who asked withdraws, a pending self-grant. */
    @Transactional
    public UserAccount declineRoleGrant(SignedInUser admin, UUID userId, Role role) {
        UserAccount user = find(admin, userId);
        PendingRoleGrant pending = pending(admin, userId, role);
        decide(pending);
        events.publishEvent(new RoleGrantDeclined(
                admin.organizationId(),
                admin.actor(),
                user.id(),
                pending.role(),
                requesterName(pending),
                pending.requestedAt(),
                admin.actor().name(),
                roleNames(user.roles()),
                roleNames(user.roles())));
        return user;
    }

    /**
     * Disables a user for good: they cannot sign in, their sessions end, their API tokens are revoked
     * (enabling them again does not bring the tokens back) and a pending activation link is void.
     */
    @Transactional
    public UserAccount disable(SignedInUser admin, UUID userId) {
        UserAccount user = find(admin, userId);
        if (user.id().equals(admin.userId())) {
            throw RuleViolationException.forbidden("identity.error.cannotDisableSelf");
        }
        if (user.isActiveAdmin()) {
            requireAnotherActiveAdmin(admin, user);
        }
        boolean activationVoided = user.awaitsActivation() && user.activationExpiresAt() != null;
        user.disable();
        users.save(user);
        int revokedTokens = tokens.revokeAllOf(user);
        int endedSessions = sessions.endAll(user, null);
        events.publishEvent(new UserDisabled(
                admin.organizationId(),
                admin.actor(),
                user.id(),
                user.email(),
                revokedTokens,
                endedSessions,
                activationVoided));
        return user;
    }

    @Transactional
    public UserAccount enable(SignedInUser admin, UUID userId) {
        UserAccount user = find(admin, userId);
        user.enable();
        users.save(user);
        events.publishEvent(new UserEnabled(admin.organizationId(), admin.actor(), user.id(), user.email()));
        return user;
    }

    private void requireAnotherActiveAdmin(SignedInUser admin, UserAccount user) {
        if (!anotherActiveAdmin(admin, user)) {
            throw RuleViolationException.conflict("identity.error.lastAdmin");
        }
    }

    private boolean anotherActiveAdmin(SignedInUser admin, UserAccount user) {
        return users.findByOrganizationIdOrderByDisplayName(admin.organizationId()).stream()
                .anyMatch(other -> !other.id().equals(user.id()) && other.isActiveAdmin());
    }

    private PendingRoleGrant pending(SignedInUser admin, UUID userId, Role role) {
        return pendingGrants
                .find(admin.organizationId(), userId, role)
                .orElseThrow(() -> new NotFoundException(IdentityChange.ROLE_GRANT_REQUEST, userId + "/" + role));
    }

    private void decide(PendingRoleGrant pending) {
        if (!pendingGrants.remove(pending)) {
            throw RuleViolationException.conflict("identity.error.roleGrantAlreadyDecided");
        }
    }

    /** Who asked for a self-granted role, as the ledger names them. */
    private String requesterName(PendingRoleGrant pending) {
        return users.findById(pending.requestedBy())
                .map(requester -> requester.asActor().name())
                .orElse(pending.requestedBy().toString());
    }

    private UserAccount find(SignedInUser admin, UUID userId) {
        return users.findInOrganization(admin.organizationId(), userId)
                .orElseThrow(() -> new NotFoundException(IdentityChange.USER, userId));
    }

    static List<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    /** The user after a change of roles, with the self-granted roles that now wait for a confirmation. */
    public record RolesChanged(UserAccount user, Set<Role> awaitingConfirmation) {}

    /** A new user's activation link secret; only its hash is stored. */
    public record Invitation(UUID userId, String email, String activationToken, Instant expiresAt) {}
}
