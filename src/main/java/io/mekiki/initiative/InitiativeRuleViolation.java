package io.mekiki.initiative;

import io.mekiki.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A refused change to an initiative. Names the field it concerns (as in the API, e.g. {@code title} or
 * {@code kpis[1].name}) when there is one, so that a form or an API answer can point at it.
 */
public class InitiativeRuleViolation extends RuleViolationException {

    private final @Nullable String field;

    InitiativeRuleViolation(Kind kind, @Nullable String field, String messageCode, Object... arguments) {
        super(kind, messageCode, arguments);
        this.field = field;
    }

    static InitiativeRuleViolation invalid(String field, String messageCode, Object... arguments) {
        return new InitiativeRuleViolation(Kind.UNPROCESSABLE, field, messageCode, arguments);
    }

    static InitiativeRuleViolation conflict(@Nullable String field, String messageCode, Object... arguments) {
        return new InitiativeRuleViolation(Kind.CONFLICT, field, messageCode, arguments);
    }

    static InitiativeRuleViolation stale() {
        return conflict("version", "initiative.error.stale");
    }

    public @Nullable String field() {
        return field;
    }

    public boolean isStale() {
        return "initiative.error.stale".equals(messageCode());
    }
}
