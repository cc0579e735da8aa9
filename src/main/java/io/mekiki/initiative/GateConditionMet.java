package io.mekiki.initiative;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/**
 * A condition of one of the initiative's gates turned met (e.g. the report of the gate's instruction was
 * accepted). Published once per initiative, gate and condition: a condition that turns unmet and met
 * again is not told twice.
 */
public record GateConditionMet(UUID organizationId, Actor actor, UUID initiativeId, Gate gate, String code)
        implements InitiativeChange {

    @Override
    public String action() {
        return "initiative.gateCondition.met";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("gate", gate.name(), "code", code);
    }
}
