package io.mekiki.initiative;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How far an initiative has come through the gates of its current phase: the gates the moves open to it
 * now require, and those of them not yet approved, each with what holds it.
 *
 * @param approved how many of the phase's gates are approved
 * @param required how many gates the phase has ({@code 0} once closed)
 * @param open the gates not approved, in the order of the life cycle, each with the decisions that hold it
 * @param conditionsMet how many conditions of the current gate (the first not approved) hold
 * @param conditionsTotal how many conditions the current gate has ({@code 0} when none, or all approved)
 */
public record GateProgress(int approved, int required, List<GateStatus> open, int conditionsMet, int conditionsTotal) {

    public static final GateProgress NONE = new GateProgress(0, 0, List.of(), 0, 0);

    public GateProgress {
        open = List.copyOf(open);
    }

    /** The gates of the phase the moves available now require, given where each gate stands. */
    static GateProgress of(
            InitiativePhase phase,
            @Nullable Branch branch,
            boolean tradeSecretApplies,
            Map<Gate, GateStatus> statuses) {
        return of(gatesOf(phase, branch, tradeSecretApplies), statuses);
    }

    /** The gates the moves available in the phase (and branch) require, in the order of the life cycle. */
    static Set<Gate> gatesOf(InitiativePhase phase, @Nullable Branch branch, boolean tradeSecretApplies) {
        Set<Gate> gates = EnumSet.noneOf(Gate.class);
        for (Move move : Move.available(phase, branch)) {
            gates.addAll(GateRules.required(move, phase, tradeSecretApplies));
        }
        return gates;
    }

    /** Progress through the gates, given where each of them stands (statuses of other gates are not read). */
    static GateProgress of(Set<Gate> gates, Map<Gate, GateStatus> statuses) {
        List<GateStatus> open = gates.stream()
                .map(statuses::get)
                .filter(status -> !status.satisfied())
                .toList();
        List<GateCondition> current = open.isEmpty() ? List.of() : open.get(0).conditions();
        return new GateProgress(
                gates.size() - open.size(),
                gates.size(),
                open,
                (int) current.stream().filter(GateCondition::met).count(),
                current.size());
    }

    /** The gate the initiative works towards now: the first not approved; null when all are. */
    public @Nullable Gate currentGate() {
        return open.isEmpty() ? null : open.get(0).gate();
    }

    /** True when the current gate has conditions. */
    public boolean hasConditions() {
        return conditionsTotal > 0;
    }

    /** True when the phase has gates at all. */
    public boolean hasGates() {
        return required > 0;
    }

    public boolean complete() {
        return open.isEmpty();
    }
}
