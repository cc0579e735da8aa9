package io.mekiki.initiative;

import java.util.List;

/** A move refused because gates it needs are not approved; nothing has changed. */
public class GatesOpenException extends InitiativeRuleViolation {

    private final Move move;
    private final List<Gate> openGates;

    GatesOpenException(Move move, List<Gate> openGates) {
        super(
                Kind.CONFLICT,
                null,
                "initiative.error.gatesOpen",
                String.join(", ", openGates.stream().map(Gate::name).toList()));
        this.move = move;
        this.openGates = List.copyOf(openGates);
    }

    public Move move() {
        return move;
    }

    public List<Gate> openGates() {
        return openGates;
    }
}
