package io.mekiki.identity;

import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every user does with their own account: activate it, change password and language. */
@Service
public class MyAccount {

    private final UserAccounts users;
    private final Organizations organizations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MyAccount(
            UserAccounts users,
            Organizations organizations,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
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

    /** The account an activation link belongs to, while the link is valid. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> pendingActivation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return users.findByActivationTokenHash(Secrets.hash(token))
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
        events.publishEvent(new IdentityChange(
                user.organizationId(),
                user.asActor(),
                "identity.user.activated",
                IdentityChange.USER,
                user.id().toString(),
                Map.of("email", user.email())));
        return user;
    }

    @Transactional
    public void changePassword(SignedInUser signedIn, String currentPassword, String newPassword) {
        UserAccount user = profile(signedIn);
        if (user.passwordHash() == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw RuleViolationException.unprocessable("identity.error.currentPasswordWrong");
        }
        PasswordPolicy.check(newPassword, user.email());
        user.changePassword(passwords.encode(newPassword));
        users.save(user);
        events.publishEvent(new IdentityChange(
                user.organizationId(),
                signedIn.actor(),
                "identity.user.password-changed",
                IdentityChange.USER,
                user.id().toString(),
                Map.of()));
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
        events.publishEvent(new IdentityChange(
                user.organizationId(),
                signedIn.actor(),
                "identity.user.language-changed",
                IdentityChange.USER,
                user.id().toString(),
                Map.of("before", before, "after", language.getLanguage())));
    }
}
