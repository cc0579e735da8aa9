package io.mekiki.initiative;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The steps of the life cycle an initiative can take. */
public enum Move {
    /** From one of the first four phases to the next. */
    NEXT,
    /** From continuation-or-termination back to operation, for another year. */
    CONTINUE,
    /** Decides to end the use; the initiative stays in the last phase until data return and deletion are confirmed. */
    TERMINATE,
    /** Closes a terminated initiative. */
    CLOSE;

    /** The moves open to an initiative in this phase, with this branch chosen. */
    public static List<Move> available(InitiativePhase phase, @Nullable Branch branch) {
        return switch (phase) {
            case PREPARATION, SELECTION, APPLICATION, OPERATION -> List.of(NEXT);
            case CONTINUATION_TERMINATION -> branch == Branch.TERMINATE ? List.of(CLOSE) : List.of(CONTINUE, TERMINATE);
            case CLOSED -> List.of();
        };
    }

    /** Where the move leads from the phase. */
    public InitiativePhase target(InitiativePhase from) {
        return switch (this) {
            case NEXT -> InitiativePhase.values()[from.ordinal() + 1];
            case CONTINUE -> InitiativePhase.OPERATION;
            case TERMINATE -> InitiativePhase.CONTINUATION_TERMINATION;
            case CLOSE -> InitiativePhase.CLOSED;
        };
    }

    /**
     * The move a request names, either by the phase it wants to reach or by the branch it takes; empty
     * when that is not a step the initiative can take now.
     */
    public static Optional<Move> requested(
            InitiativePhase phase, @Nullable Branch chosen, @Nullable InitiativePhase to, @Nullable Branch branch) {
        List<Move> available = available(phase, chosen);
        if (branch != null) {
            Move move = branch == Branch.CONTINUE ? CONTINUE : TERMINATE;
            return available.contains(move) ? Optional.of(move) : Optional.empty();
        }
        return available.stream()
                .filter(move -> move != TERMINATE && move.target(phase) == to)
                .findFirst();
    }

    public String messageKey() {
        return "initiative.move." + name();
    }
}
