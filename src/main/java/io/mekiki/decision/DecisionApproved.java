package io.mekiki.decision;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/** A request was approved, with conditions or without ({@link DecisionOutcome#approves()}). */
public record DecisionApproved(
        UUID organizationId,
        Actor actor,
        UUID decisionId,
        Subject subject,
        String topic,
        DecisionOutcome outcome,
        Map<String, ?> facts)
        implements DecisionDecided {

    public DecisionApproved {
        if (!outcome.approves()) {
            throw new IllegalArgumentException("Not an approval: " + outcome);
        }
    }
}
