package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A user revoked one of their API tokens. */
public record ApiTokenRevoked(UUID organizationId, Actor actor, UUID tokenId, String name) implements IdentityChange {

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
        return "identity.api-token.revoked";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("name", name);
    }
}
