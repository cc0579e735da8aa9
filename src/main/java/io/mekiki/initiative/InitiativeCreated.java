package io.mekiki.initiative;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** An initiative was started; {@code facts} is its plan as the ledger records it. */
public record InitiativeCreated(UUID organizationId, Actor actor, UUID initiativeId, Map<String, ?> facts)
        implements InitiativeChange {

    @Override
    public String action() {
        return "initiative.initiative.created";
    }

    @Override
    public Map<String, ?> change() {
        return facts;
    }
}
