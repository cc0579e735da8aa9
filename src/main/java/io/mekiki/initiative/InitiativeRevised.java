package io.mekiki.initiative;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/**
 * An initiative's plan was revised; {@code changes} holds each changed field before and after, and
 * {@code scoping} a summary of what the revision changed in the scoping, when it changed anything.
 */
public record InitiativeRevised(UUID organizationId, Actor actor, UUID initiativeId, Map<String, ?> changes)
        implements InitiativeChange {

    /** Whether the revision changed this field of the plan (e.g. {@code assetIds}). */
    public boolean changed(String field) {
        return changes.containsKey(field);
    }

    @Override
    public String action() {
        return "initiative.initiative.revised";
    }

    @Override
    public Map<String, ?> change() {
        return changes;
    }
}
