package io.mekiki.decision;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which decisions of an organisation to list; every filter left null lists all.
 *
 * @param stale true for stale decisions only, false for those that are not stale
 * @param topic what was decided on the subject, e.g. a gate
 * @param requestedBy the user who requested the decisions
 * @param outcome how they were decided
 */
public record DecisionQuery(
        @Nullable String subjectType,
        @Nullable UUID subjectId,
        @Nullable DecisionStatus status,
        @Nullable Boolean stale,
        @Nullable String topic,
        @Nullable UUID requestedBy,
        @Nullable DecisionOutcome outcome) {

    public DecisionQuery(
            @Nullable String subjectType,
            @Nullable UUID subjectId,
            @Nullable DecisionStatus status,
            @Nullable Boolean stale) {
        this(subjectType, subjectId, status, stale, null, null, null);
    }

    public static DecisionQuery all() {
        return new DecisionQuery(null, null, null, null);
    }

    /** The same query narrowed to one state as a reader names it. */
    public DecisionQuery inState(@Nullable DecisionState state) {
        if (state == null) {
            return this;
        }
        return switch (state) {
            case WAITING ->
                new DecisionQuery(subjectType, subjectId, DecisionStatus.REQUESTED, stale, topic, requestedBy, outcome);
            case STALE -> new DecisionQuery(subjectType, subjectId, status, true, topic, requestedBy, outcome);
            default ->
                new DecisionQuery(
                        subjectType, subjectId, DecisionStatus.DECIDED, stale, topic, requestedBy, state.outcome());
        };
    }
}
