package io.mekiki.initiative;

import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides from the decisions on an initiative where each gate stands and which gates hold a move back.
 * Pure: no database, no clock.
 */
final class GateRules {

    /** Newest first: by the time of the decision, or of the request while undecided. */
    private static final Comparator<Decision> NEWEST_FIRST =
            Comparator.comparing(GateRules::when).reversed();

    private GateRules() {}

    /**
     * Every gate's status.
     *
     * @param decisions the decisions on the initiative
     * @param yearStartedAt when the current year of operation began; yearly gates count only approvals
     *     decided since. Null before the first year of operation.
     */
    static Map<Gate, GateStatus> evaluate(List<Decision> decisions, @Nullable Instant yearStartedAt) {
        Map<Gate, GateStatus> statuses = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            statuses.put(gate, evaluate(gate, decisions, yearStartedAt));
        }
        return statuses;
    }

    static GateStatus evaluate(Gate gate, List<Decision> decisions, @Nullable Instant yearStartedAt) {
        List<Decision> covered = decisions.stream()
                .filter(decision -> gate.covers(decision.topic()))
                .sorted(NEWEST_FIRST)
                .toList();
        return gate.coversManyDecisions() ? overMany(gate, covered) : overOne(gate, covered, yearStartedAt);
    }

    /**
     * The gates that hold the move back: those required for it that are not approved, and those over many
     * decisions (one per finding or contingency) with a condition still unmet. A gate over many decisions is
     * approved while none of its decisions waits or failed, so a finding that needs a decision nobody has asked
     * for yet can only hold the move through its condition (ADR 036). A gate over one decision needs its
     * conditions before its decision can be requested; its approval is what counts here.
     *
     * @param tradeSecretApplies whether the initiative's scoping includes the trade-secret section
     * @param statuses the gates' statuses, with their conditions when they have any
     */
    static List<Gate> holdingBack(
            Move move, InitiativePhase from, boolean tradeSecretApplies, Map<Gate, GateStatus> statuses) {
        return required(move, from, tradeSecretApplies).stream()
                .filter(gate -> holdsBack(statuses.get(gate)))
                .toList();
    }

    /** Whether the gate holds a move that requires it back. */
    static boolean holdsBack(GateStatus status) {
        return !status.satisfied() || (status.gate().coversManyDecisions() && !status.conditionsMet());
    }

    static List<Gate> required(Move move, InitiativePhase from, boolean tradeSecretApplies) {
        List<Gate> required = new ArrayList<>();
        for (Gate gate : Gate.values()) {
            if (gate.requiredFor(move, from, tradeSecretApplies)) {
                required.add(gate);
            }
        }
        return required;
    }

    /** One topic: open until an approval on the current basis exists. */
    private static GateStatus overOne(Gate gate, List<Decision> covered, @Nullable Instant yearStartedAt) {
        List<Decision> waiting = covered.stream().filter(GateRules::isWaiting).toList();
        Decision approval = covered.stream()
                .filter(Decision::approved)
                .filter(decision -> !gate.yearly()
                        || yearStartedAt == null
                        || !decision.decidedAt().isBefore(yearStartedAt))
                .findFirst()
                .orElse(null);
        List<Decision> notApproved = covered.stream()
                .filter(decision -> decision.status() == DecisionStatus.DECIDED && !decision.approved())
                .filter(decision -> approval == null || when(decision).isAfter(when(approval)))
                .limit(1)
                .toList();
        List<Decision> stale = approval != null && approval.stale() ? List.of(approval) : List.of();
        GateState state;
        if (approval != null && !approval.stale()) {
            state = GateState.APPROVED;
        } else if (!waiting.isEmpty()) {
            state = GateState.WAITING;
        } else if (approval != null) {
            state = GateState.STALE;
        } else {
            state = GateState.OPEN;
        }
        return new GateStatus(gate, state, approval, waiting, stale, notApproved, covered);
    }

    /**
     * One decision per finding or contingency, each with a topic of its own: the gate holds while any
     * is waiting, or its newest decision did not approve, or that approval has gone stale. No finding at
     * all holds nothing back.
     */
    private static GateStatus overMany(Gate gate, List<Decision> covered) {
        Map<String, Decision> newestPerTopic = new LinkedHashMap<>();
        covered.forEach(decision -> newestPerTopic.putIfAbsent(decision.topic(), decision));
        List<Decision> waiting =
                newestPerTopic.values().stream().filter(GateRules::isWaiting).toList();
        List<Decision> notApproved = newestPerTopic.values().stream()
                .filter(decision -> decision.status() == DecisionStatus.DECIDED && !decision.approved())
                .toList();
        List<Decision> stale = newestPerTopic.values().stream()
                .filter(decision -> decision.approved() && decision.stale())
                .toList();
        GateState state;
        if (!waiting.isEmpty()) {
            state = GateState.WAITING;
        } else if (!notApproved.isEmpty()) {
            state = GateState.OPEN;
        } else if (!stale.isEmpty()) {
            state = GateState.STALE;
        } else {
            state = GateState.APPROVED;
        }
        return new GateStatus(gate, state, null, waiting, stale, notApproved, covered);
    }

    private static boolean isWaiting(Decision decision) {
        return decision.status() == DecisionStatus.REQUESTED;
    }

    private static Instant when(Decision decision) {
        return decision.decidedAt() != null ? decision.decidedAt() : decision.requestedAt();
    }
}
