package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An administrator invited a user, who activates the account through a link. */
public record UserInvited(
        UUID organizationId, Actor actor, UUID userId, String email, String displayName, List<String> roles)
        implements UserChange {

    @Override
    public String action() {
        return "identity.user.invited";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("email", email, "displayName", displayName, "roles", roles);
    }
}
