package io.mekiki.identity;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An organisation was set up with its first administrator. */
public record OrganizationCreated(UUID organizationId, Actor actor, String name) implements IdentityChange {

    @Override
    public String subjectType() {
        return ORGANIZATION;
    }

    @Override
    public String subjectId() {
        return organizationId.toString();
    }

    @Override
    public String action() {
        return "identity.organization.created";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("name", name);
    }
}
