package io.mekiki.identity;

import io.mekiki.shared.Actor;
import io.mekiki.shared.RuleViolationException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in to one organisation, with the roles they hold there. */
@Table("identity_user_account")
public class UserAccount {

    @Id
    private final UUID id;

    private final UUID organizationId;
    private final String email;
    private String displayName;
    private @Nullable String passwordHash;
    private boolean enabled;
    private String language;
    private @Nullable String activationTokenHash;
    private @Nullable Instant activationExpiresAt;
    private final Instant createdAt;
    private @Nullable Instant lastLoginAt;

    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles;

    @Version
    private Long version;

    @PersistenceCreator
    UserAccount(
            UUID id,
            UUID organizationId,
            String email,
            String displayName,
            @Nullable String passwordHash,
            boolean enabled,
            String language,
            @Nullable String activationTokenHash,
            @Nullable Instant activationExpiresAt,
            Instant createdAt,
            @Nullable Instant lastLoginAt,
            Set<RoleGrant> roles,
            Long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.language = language;
        this.activationTokenHash = activationTokenHash;
        this.activationExpiresAt = activationExpiresAt;
        this.createdAt = createdAt;
        this.lastLoginAt = lastLoginAt;
        this.roles = new HashSet<>(roles);
        this.version = version;
    }

    /** A user who can sign in at once, e.g. the first administrator. */
    static UserAccount withPassword(
            UUID organizationId,
            String email,
            String displayName,
            Set<Role> roles,
            String passwordHash,
            Locale language,
            Instant now) {
        UserAccount user = new UserAccount(
                UUID.randomUUID(),
                organizationId,
                normalizeEmail(email),
                displayName.strip(),
                passwordHash,
                true,
                language.getLanguage(),
                null,
                null,
                now,
                null,
                grants(roles),
                null);
        return user;
    }

    /** A user who must first open their activation link and choose a password. */
    static UserAccount invited(
            UUID organizationId,
            String email,
            String displayName,
            Set<Role> roles,
            Locale language,
            String activationTokenHash,
            Instant activationExpiresAt,
            Instant now) {
        return new UserAccount(
                UUID.randomUUID(),
                organizationId,
                normalizeEmail(email),
                displayName.strip(),
                null,
                true,
                language.getLanguage(),
                activationTokenHash,
                activationExpiresAt,
                now,
                null,
                grants(roles),
                null);
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<RoleGrant> grants(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw RuleViolationException.unprocessable("identity.error.rolesRequired");
        }
        return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
    }

    void activate(String newPasswordHash, Instant now) {
        if (activationTokenHash == null || activationExpiresAt == null || now.isAfter(activationExpiresAt)) {
            throw RuleViolationException.conflict("identity.error.activationExpired");
        }
        this.passwordHash = newPasswordHash;
        this.activationTokenHash = null;
        this.activationExpiresAt = null;
    }

    void reissueActivation(String tokenHash, Instant expiresAt) {
        if (!enabled) {
            throw RuleViolationException.conflict("identity.error.disabledNoActivation");
        }
        this.activationTokenHash = tokenHash;
        this.activationExpiresAt = expiresAt;
    }

    /** Forgets the password: the user chooses a new one through the new activation link. */
    void resetPassword(String tokenHash, Instant expiresAt) {
        if (!enabled) {
            throw RuleViolationException.conflict("identity.error.disabledNoActivation");
        }
        if (passwordHash == null) {
            throw RuleViolationException.conflict("identity.error.resetBeforeActivation");
        }
        this.passwordHash = null;
        this.activationTokenHash = tokenHash;
        this.activationExpiresAt = expiresAt;
    }

    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles = new HashSet<>(grants(newRoles));
    }

    /** Also voids a pending activation link: enabling the user again does not bring it back. */
    void disable() {
        if (!enabled) {
            throw RuleViolationException.conflict("identity.error.alreadyDisabled");
        }
        this.enabled = false;
        this.activationTokenHash = null;
        this.activationExpiresAt = null;
    }

    void enable() {
        if (enabled) {
            throw RuleViolationException.conflict("identity.error.alreadyEnabled");
        }
        this.enabled = true;
    }

    void changeLanguage(Locale newLanguage) {
        this.language = newLanguage.getLanguage();
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName.strip();
    }

    void recordSignIn(Instant now) {
        this.lastLoginAt = now;
    }

    /** This user as the actor of a change. */
    public Actor asActor() {
        return new Actor(id.toString(), displayName + " <" + email + ">");
    }

    public boolean canSignIn() {
        return enabled && passwordHash != null;
    }

    public boolean awaitsActivation() {
        return passwordHash == null;
    }

    public boolean isActiveAdmin() {
        return enabled && roles().contains(Role.ADMIN);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> result.add(grant.role()));
        return result;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public @Nullable Instant activationExpiresAt() {
        return activationExpiresAt;
    }
}
