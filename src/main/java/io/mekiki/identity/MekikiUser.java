package io.mekiki.identity;

import io.mekiki.shared.SignedInUser;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds them for one session or one API request. */
public final class MekikiUser implements UserDetails, CredentialsContainer, SignedInUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final UUID organizationId;
    private final String email;
    private final String displayName;
    private final Set<String> roleNames;
    private final String language;
    private final boolean enabled;
    private final boolean locked;
    private @Nullable String passwordHash;

    private MekikiUser(UserAccount account, boolean locked, boolean withPassword) {
        this.userId = account.id();
        this.organizationId = account.organizationId();
        this.email = account.email();
        this.displayName = account.displayName();
        this.roleNames = account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        this.language = account.language().getLanguage();
        this.enabled = account.canSignIn();
        this.locked = locked;
        this.passwordHash = withPassword ? account.passwordHash() : null;
    }

    static MekikiUser of(UserAccount account) {
        return new MekikiUser(account, false, false);
    }

    /** A user who may sign in, as read in one statement on every page request ({@link SignIn#current}). */
    static MekikiUser active(
            UUID userId, UUID organizationId, String email, String displayName, Set<Role> roles, String language) {
        return new MekikiUser(userId, organizationId, email, displayName, roles, language);
    }

    private MekikiUser(
            UUID userId, UUID organizationId, String email, String displayName, Set<Role> roles, String language) {
        this.userId = userId;
        this.organizationId = organizationId;
        this.email = email;
        this.displayName = displayName;
        this.roleNames = roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        this.language = language;
        this.enabled = true;
        this.locked = false;
        this.passwordHash = null;
    }

    @Override
    public UUID userId() {
        return userId;
    }

    @Override
    public UUID organizationId() {
        return organizationId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<String> roleNames() {
        return roleNames;
    }

    @Override
    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roleNames.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    boolean sameAs(MekikiUser other) {
        return userId.equals(other.userId)
                && displayName.equals(other.displayName)
                && roleNames.equals(other.roleNames)
                && language.equals(other.language)
                && enabled == other.enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MekikiUser user && user.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "MekikiUser[" + userId + "]";
    }
}
