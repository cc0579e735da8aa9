package io.mekiki.decision;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A condition attached to an approval was marked done. */
public record DecisionConditionDone(UUID organizationId, Actor actor, UUID decisionId, UUID conditionId, String text)
        implements DecisionChange {

    @Override
    public String action() {
        return "decision.condition.done";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("conditionId", conditionId.toString(), "text", text);
    }
}
