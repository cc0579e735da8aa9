package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An administrator issued a new activation link for a user who has not activated yet. */
public record UserActivationReissued(UUID organizationId, Actor actor, UUID userId, Instant expiresAt)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.activation-reissued";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("expiresAt", expiresAt.toString());
    }
}
