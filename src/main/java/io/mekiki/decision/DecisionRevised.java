package io.mekiki.decision;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** The requester reworded an open request; {@code changes} holds each changed field before and after. */
public record DecisionRevised(UUID organizationId, Actor actor, UUID decisionId, Map<String, ?> changes)
        implements DecisionChange {

    @Override
    public String action() {
        return "decision.decision.revised";
    }

    @Override
    public Map<String, ?> change() {
        return changes;
    }
}
