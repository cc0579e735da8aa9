package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A user activated their account by choosing a password. */
public record UserActivated(UUID organizationId, Actor actor, UUID userId, String email) implements UserChange {

    @Override
    public String action() {
        return "identity.user.activated";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("email", email);
    }
}
