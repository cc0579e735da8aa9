package io.mekiki.instruction;

import io.mekiki.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A refused instruction, report or review, naming the input it concerns (as in the API, e.g.
 * {@code dueDate} or {@code files}) when there is one, so that a form can show it beside the field.
 */
public class InstructionRuleViolation extends RuleViolationException {

    private final @Nullable String field;

    InstructionRuleViolation(Kind kind, @Nullable String field, String messageCode, Object... arguments) {
        super(kind, messageCode, arguments);
        this.field = field;
    }

    static InstructionRuleViolation invalid(String field, String messageCode, Object... arguments) {
        return new InstructionRuleViolation(Kind.UNPROCESSABLE, field, messageCode, arguments);
    }

    /** Refused because of who asks (separation of duties): 403. */
    static InstructionRuleViolation notForWhoAsks(String messageCode, Object... arguments) {
        return new InstructionRuleViolation(Kind.FORBIDDEN, null, messageCode, arguments);
    }

    static InstructionRuleViolation stateConflict(String messageCode, Object... arguments) {
        return new InstructionRuleViolation(Kind.CONFLICT, null, messageCode, arguments);
    }

    public @Nullable String field() {
        return field;
    }
}
