package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A user issued themselves an API token. */
public record ApiTokenIssued(UUID organizationId, Actor actor, UUID tokenId, String name, UUID ownerId)
        implements IdentityChange {

    @Override
    public String subjectType() {
        return API_TOKEN;
    }

    @Override
    public String subjectId() {
        return tokenId.toString();
    }

    @Override
    public String action() {
        return "identity.api-token.issued";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("name", name, "owner", ownerId.toString());
    }
}
