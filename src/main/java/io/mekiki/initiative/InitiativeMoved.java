package io.mekiki.initiative;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An initiative moved to another phase or along a branch; {@code gates} names the approvals of the gates
 * the move required.
 */
public record InitiativeMoved(
        UUID organizationId,
        Actor actor,
        UUID initiativeId,
        Move move,
        InitiativePhase from,
        InitiativePhase to,
        @Nullable Branch branch,
        int year,
        Map<String, ?> gates)
        implements InitiativeChange {

    @Override
    public String action() {
        return "initiative.phase.moved";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("move", move.name());
        facts.put("from", from.name());
        facts.put("to", to.name());
        facts.put("branch", branch == null ? null : branch.name());
        facts.put("year", year);
        facts.put("gates", gates);
        return facts;
    }
}
