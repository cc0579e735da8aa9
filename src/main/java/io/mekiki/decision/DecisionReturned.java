package io.mekiki.decision;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A request was returned for more work; the requester may ask again with a new request. */
public record DecisionReturned(
        UUID organizationId, Actor actor, UUID decisionId, Subject subject, String topic, Map<String, ?> facts)
        implements DecisionDecided {

    @Override
    public DecisionOutcome outcome() {
        return DecisionOutcome.RETURNED;
    }
}
