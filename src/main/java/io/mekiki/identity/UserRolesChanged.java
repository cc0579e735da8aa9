package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An administrator changed a user's roles (role names, sorted). */
public record UserRolesChanged(UUID organizationId, Actor actor, UUID userId, List<String> before, List<String> after)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.roles-changed";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("before", before, "after", after);
    }
}
