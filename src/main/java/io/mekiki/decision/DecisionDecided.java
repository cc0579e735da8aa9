package io.mekiki.decision;

import io.mekiki.shared.Actor;
import java.util.Map;
import java.util.UUID;

/**
 * An executive decided a request: approved it (with or without conditions), rejected it or returned it.
 * The ledger records one action for the three, {@code decision.decision.decided}, with the outcome.
 */
public sealed interface DecisionDecided extends DecisionChange
        permits DecisionApproved, DecisionRejected, DecisionReturned {

    Subject subject();

    String topic();

    DecisionOutcome outcome();

    /** Everything the ledger records about the decision. */
    Map<String, ?> facts();

    @Override
    default String action() {
        return "decision.decision.decided";
    }

    @Override
    default Map<String, ?> change() {
        return facts();
    }

    static DecisionDecided of(
            UUID organizationId,
            Actor actor,
            UUID decisionId,
            Subject subject,
            String topic,
            DecisionOutcome outcome,
            Map<String, ?> facts) {
        return switch (outcome) {
            case APPROVED, APPROVED_WITH_CONDITIONS ->
                new DecisionApproved(organizationId, actor, decisionId, subject, topic, outcome, facts);
            case REJECTED -> new DecisionRejected(organizationId, actor, decisionId, subject, topic, facts);
            case RETURNED -> new DecisionReturned(organizationId, actor, decisionId, subject, topic, facts);
        };
    }
}
