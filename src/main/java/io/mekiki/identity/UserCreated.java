package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The first administrator of a new organisation was created. */
public record UserCreated(
        UUID organizationId, Actor actor, UUID userId, String email, String displayName, List<String> roles)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.created";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("email", email, "displayName", displayName, "roles", roles);
    }
}
