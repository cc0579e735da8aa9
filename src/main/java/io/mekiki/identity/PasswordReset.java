package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An administrator reset a user's password: sessions ended, tokens revoked, a new activation link issued. */
public record PasswordReset(
        UUID organizationId, Actor actor, UUID userId, int revokedTokens, int endedSessions, Instant expiresAt)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.password-reset";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of(
                "revokedTokens", revokedTokens, "endedSessions", endedSessions, "expiresAt", expiresAt.toString());
    }
}
