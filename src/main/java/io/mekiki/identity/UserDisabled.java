package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An administrator disabled a user: sessions ended, tokens revoked, a pending activation link voided. */
public record UserDisabled(
        UUID organizationId,
        Actor actor,
        UUID userId,
        String email,
        int revokedTokens,
        int endedSessions,
        boolean activationVoided)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.disabled";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of(
                "email",
                email,
                "revokedTokens",
                revokedTokens,
                "endedSessions",
                endedSessions,
                "activationVoided",
                activationVoided);
    }
}
