package io.mekiki.decision;

import io.mekiki.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A refused request or decision; nothing has changed. Names the field it concerns (as in the API, e.g.
 * {@code rationale}) when there is one, so that a form or an API answer can point at it.
 */
public class DecisionRuleViolation extends RuleViolationException {

    private final @Nullable String field;

    DecisionRuleViolation(Kind kind, @Nullable String field, String messageCode, Object... arguments) {
        super(kind, messageCode, arguments);
        this.field = field;
    }

    static DecisionRuleViolation invalid(String field, String messageCode, Object... arguments) {
        return new DecisionRuleViolation(Kind.UNPROCESSABLE, field, messageCode, arguments);
    }

    /** Refused because of who asks (separation of duties): 403. */
    static DecisionRuleViolation notForWhoAsks(String messageCode, Object... arguments) {
        return new DecisionRuleViolation(Kind.FORBIDDEN, null, messageCode, arguments);
    }

    static DecisionRuleViolation inConflict(String messageCode, Object... arguments) {
        return new DecisionRuleViolation(Kind.CONFLICT, null, messageCode, arguments);
    }

    public @Nullable String field() {
        return field;
    }
}
