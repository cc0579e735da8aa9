package io.mekiki.decision;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** The requester added an uploaded file to an open request's evidence (name, size, SHA-256, reference). */
public record DecisionEvidenceAdded(UUID organizationId, Actor actor, UUID decisionId, Map<String, ?> evidence)
        implements DecisionChange {

    @Override
    public String action() {
        return "decision.evidence.added";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("evidence", evidence);
    }
}
