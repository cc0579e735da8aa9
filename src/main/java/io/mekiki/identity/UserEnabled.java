package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An administrator enabled a disabled user again. */
public record UserEnabled(UUID organizationId, Actor actor, UUID userId, String email) implements UserChange {

    @Override
    public String action() {
        return "identity.user.enabled";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("email", email);
    }
}
