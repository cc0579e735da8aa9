package io.mekiki.decision;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A decision was requested on a subject's topic; {@code facts} is the request as the ledger records it. */
public record DecisionRequested(
        UUID organizationId, Actor actor, UUID decisionId, Subject subject, String topic, Map<String, ?> facts)
        implements DecisionChange {

    @Override
    public String action() {
        return "decision.decision.requested";
    }

    @Override
    public Map<String, ?> change() {
        return facts;
    }
}
