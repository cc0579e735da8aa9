package io.mekiki.initiative;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where an initiative's gates stand and what each move it can take now still needs.
 *
 * @param gates every gate that belongs to the initiative (the trade-secret gate only when its section
 *     applies), in the order of the life cycle
 * @param moves the moves the initiative can take now, each with the gates it needs
 */
public record GateReport(
        InitiativePhase phase,
        @Nullable Branch branch,
        int year,
        List<GateStatus> gates,
        List<MoveCheck> moves,
        GateProgress progress) {

    public GateReport {
        gates = List.copyOf(gates);
        moves = List.copyOf(moves);
    }

    public GateStatus status(Gate gate) {
        return gates.stream()
                .filter(status -> status.gate() == gate)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(gate + " does not apply"));
    }

    public List<GateStatus> ofPhase(InitiativePhase phase) {
        return gates.stream().filter(status -> status.gate().phase() == phase).toList();
    }

    /** Gates of earlier phases whose approval has gone stale: the page says so. */
    public List<GateStatus> staleElsewhere() {
        return gates.stream()
                .filter(status -> status.gate().phase() != phase && status.state() == GateState.STALE)
                .toList();
    }

    static GateReport of(Initiative initiative, Map<Gate, GateStatus> statuses) {
        boolean tradeSecret = initiative.tradeSecretApplies();
        List<GateStatus> gates = statuses.values().stream()
                .filter(status -> status.gate().applies(tradeSecret))
                .toList();
        List<MoveCheck> moves = Move.available(initiative.phase(), initiative.branch()).stream()
                .map(move -> new MoveCheck(
                        move,
                        move.target(initiative.phase()),
                        GateRules.required(move, initiative.phase(), tradeSecret),
                        GateRules.holdingBack(move, initiative.phase(), tradeSecret, statuses)))
                .toList();
        return new GateReport(
                initiative.phase(),
                initiative.branch(),
                initiative.year(),
                gates,
                moves,
                GateProgress.of(initiative.phase(), initiative.branch(), tradeSecret, statuses));
    }

    /**
     * A move and what it needs.
     *
     * @param required the gates that must be approved
     * @param holdingBack those of them that are not
     */
    public record MoveCheck(Move move, InitiativePhase target, List<Gate> required, List<Gate> holdingBack) {

        public MoveCheck {
            required = List.copyOf(required);
            holdingBack = List.copyOf(holdingBack);
        }

        public boolean allowed() {
            return holdingBack.isEmpty();
        }
    }
}
