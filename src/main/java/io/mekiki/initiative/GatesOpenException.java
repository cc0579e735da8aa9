package io.mekiki.initiative;

import java.util.List;

/** A move refused because gates it needs are not approved; nothing has changed. */
public class GatesOpenException extends InitiativeRuleViolation {

    private final Move move;
    private final List<Gate> openGates;
    private final List<Missing> missing;

    GatesOpenException(Move move, List<Gate> openGates) {
        this(move, openGates, List.of());
    }

    /** As refused, with what the open gates still miss: the unmet conditions of each (ADR 040). */
    GatesOpenException(Move move, List<Gate> openGates, List<Missing> missing) {
        super(
                Kind.CONFLICT,
                null,
                "initiative.error.gatesOpen",
                String.join(", ", openGates.stream().map(Gate::name).toList()));
        this.move = move;
        this.openGates = List.copyOf(openGates);
        this.missing = List.copyOf(missing);
    }

    /** The unmet conditions of the open gates, gate by gate in order: what is missing before the move. */
    public List<Missing> missing() {
        return missing;
    }

    /** An unmet condition of an open gate. */
    public record Missing(Gate gate, GateCondition condition) {}

    public Move move() {
        return move;
    }

    public List<Gate> openGates() {
        return openGates;
    }
}
