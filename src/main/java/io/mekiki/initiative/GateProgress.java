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
 */
public record GateProgress(int approved, int required, List<GateStatus> open) {

    public static final GateProgress NONE = new GateProgress(0, 0, List.of());

    public GateProgress {
        open = List.copyOf(open);
    }

    /** The gates of the phase the moves available now require, given where each gate stands. */
    static GateProgress of(
            InitiativePhase phase,
            @Nullable Branch branch,
            boolean tradeSecretApplies,
            Map<Gate, GateStatus> statuses) {
        Set<Gate> gates = EnumSet.noneOf(Gate.class);
        for (Move move : Move.available(phase, branch)) {
            gates.addAll(GateRules.required(move, phase, tradeSecretApplies));
        }
        List<GateStatus> open = gates.stream()
                .map(statuses::get)
                .filter(status -> !status.satisfied())
                .toList();
        return new GateProgress(gates.size() - open.size(), gates.size(), open);
    }

    /** True when the phase has gates at all. */
    public boolean hasGates() {
        return required > 0;
    }

    public boolean complete() {
        return open.isEmpty();
    }
}
