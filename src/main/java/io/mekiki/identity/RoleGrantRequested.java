package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An administrator granted themselves a role that another administrator must confirm. */
public record RoleGrantRequested(UUID organizationId, Actor actor, UUID userId, Role role) implements UserChange {

    @Override
    public String action() {
        return "identity.user.role-grant-requested";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("role", role.name());
    }
}
