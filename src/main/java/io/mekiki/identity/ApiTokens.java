package io.mekiki.identity;

import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: issue (the secret is shown once), list, revoke, and authenticate a request. */
@Service
public class ApiTokens {

    static final String PREFIX = "mkk_";
    public static final int MAX_NAME_LENGTH = 100;

    private final ApiTokenRepository tokens;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(SignedInUser owner, String name) {
        UserAccount user = users.findInOrganization(owner.organizationId(), owner.userId())
                .orElseThrow(() -> new NotFoundException(IdentityChange.USER, owner.userId()));
        return issue(user, name);
    }

    @Transactional
    IssuedToken issue(UserAccount owner, String name) {
        if (name == null || name.isBlank()) {
            throw RuleViolationException.unprocessable("identity.error.tokenNameRequired");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw RuleViolationException.unprocessable("identity.error.tokenNameTooLong", MAX_NAME_LENGTH);
        }
        String secret = Secrets.newToken(PREFIX);
        ApiToken token = tokens.save(ApiToken.issue(owner, name, Secrets.hash(secret), clock.instant()));
        events.publishEvent(
                new ApiTokenIssued(owner.organizationId(), owner.asActor(), token.id(), token.name(), owner.id()));
        return new IssuedToken(token.id(), token.name(), secret, token.createdAt());
    }

    /** One statement, without a transaction of its own (asked by every view of the account page). */
    public List<ApiToken> tokensOf(SignedInUser owner) {
        return tokens.findByUserIdAndOrganizationIdOrderByCreatedAtDesc(owner.userId(), owner.organizationId());
    }

    @Transactional
    public ApiToken revoke(SignedInUser owner, UUID tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(found -> found.userId().equals(owner.userId())
                        && found.organizationId().equals(owner.organizationId()))
                .orElseThrow(() -> new NotFoundException(IdentityChange.API_TOKEN, tokenId));
        token.revoke(clock.instant());
        tokens.save(token);
        events.publishEvent(new ApiTokenRevoked(owner.organizationId(), owner.actor(), token.id(), token.name()));
        return token;
    }

    /** Revokes every active token of the user for good; answers how many were active. */
    int revokeAllOf(UserAccount user) {
        return tokens.revokeAllOf(user.id(), clock.instant());
    }

    /**
     * How exactly "last used" is kept: a script calling every second must not turn each read into a write
     * (and, with durable commits, into a disk flush).
     */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** The user a bearer token stands for, if the token is active and its user may sign in. */
    @Transactional
    public Optional<UserAccount> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Secrets.hash(secret))
                .filter(ApiToken::active)
                .flatMap(token -> {
                    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
                        tokens.touch(token.id(), now);
                    }
                    return users.findInOrganization(token.organizationId(), token.userId());
                })
                .filter(UserAccount::canSignIn);
    }

    /** A newly issued token; {@code token} is the secret, which is never shown again. */
    public record IssuedToken(UUID id, String name, String token, Instant createdAt) {}
}
