package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A user changed their password; their other sessions ended and their API tokens were revoked. */
public record PasswordChanged(UUID organizationId, Actor actor, UUID userId, int revokedTokens, int endedSessions)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.password-changed";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("revokedTokens", revokedTokens, "endedSessions", endedSessions);
    }
}
