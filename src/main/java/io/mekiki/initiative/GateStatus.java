package io.mekiki.initiative;

import io.mekiki.decision.Decision;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A gate as it stands, with the decisions that make it so.
 *
 * @param approval the approval that counts (for a gate over one topic), if any; it may be stale
 * @param waiting requests waiting for an executive
 * @param stale approvals made on an older basis that hold the gate back
 * @param notApproved the newest decisions that rejected or returned the request and hold the gate back
 * @param decisions every decision on the gate's topic(s), newest first
 * @param conditions what must hold before the gate's decision can be requested, from every module that
 *     contributes to the gate ({@link GateContributions}); empty when nothing is asked
 */
public record GateStatus(
        Gate gate,
        GateState state,
        @Nullable Decision approval,
        List<Decision> waiting,
        List<Decision> stale,
        List<Decision> notApproved,
        List<Decision> decisions,
        List<GateCondition> conditions) {

    public GateStatus {
        waiting = List.copyOf(waiting);
        stale = List.copyOf(stale);
        notApproved = List.copyOf(notApproved);
        decisions = List.copyOf(decisions);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** A gate as its decisions make it, before any condition is known. */
    public GateStatus(
            Gate gate,
            GateState state,
            @Nullable Decision approval,
            List<Decision> waiting,
            List<Decision> stale,
            List<Decision> notApproved,
            List<Decision> decisions) {
        this(gate, state, approval, waiting, stale, notApproved, decisions, List.of());
    }

    GateStatus withConditions(List<GateCondition> conditions) {
        return new GateStatus(gate, state, approval, waiting, stale, notApproved, decisions, conditions);
    }

    /** Whether every condition holds, so that the gate's decision can be requested. */
    public boolean conditionsMet() {
        return conditions.stream().allMatch(GateCondition::met);
    }

    public List<GateCondition> unmetConditions() {
        return conditions.stream().filter(condition -> !condition.met()).toList();
    }

    public boolean satisfied() {
        return state.satisfied();
    }

    /** Who has to act for the gate to open. */
    public Actor nextActor() {
        return switch (state) {
            case APPROVED -> gate.coversManyDecisions() && !conditionsMet() ? Actor.CONDITIONS : Actor.NOBODY;
            case WAITING -> Actor.EXECUTIVE;
            case OPEN, STALE -> conditionsMet() ? Actor.REQUESTER : Actor.CONDITIONS;
        };
    }

    /** Since when the approval is stale, when it is. */
    public @Nullable Instant staleSince() {
        return stale.stream()
                .map(Decision::staleSince)
                .filter(java.util.Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** Who moves a gate forward. */
    public enum Actor {
        /** A risk officer or business owner asks for a decision. */
        REQUESTER,
        /** Whoever each unmet condition names acts first; then a decision can be requested. */
        CONDITIONS,
        /** An executive who did not ask decides. */
        EXECUTIVE,
        NOBODY
    }
}
