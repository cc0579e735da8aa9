package io.mekiki.shared;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A yes/no fact that may not be known, as a form offers it (yes, no, not known). Stored and read by
 * other modules as a nullable {@link Boolean}: null is "not known" and never narrows what applies.
 */
public enum Tristate {
    YES,
    NO,
    UNKNOWN;

    public @Nullable Boolean value() {
        return switch (this) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }

    public static Tristate of(@Nullable Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }

    /** The form value: {@code YES}, {@code NO} or {@code UNKNOWN}; anything else is not known. */
    public static Tristate parse(@Nullable String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.strip()) {
            case "YES", "true" -> YES;
            case "NO", "false" -> NO;
            default -> UNKNOWN;
        };
    }

    /**
     * A fact sent in a JSON body as {@code true}, {@code false} or {@code null}. Left out of the body
     * (Java null: the client may not know the field) it is {@code null}, which keeps the stored answer;
     * {@code null} in the body means not known.
     *
     * @throws RuleViolationException (400) naming the field for any other value
     */
    public static @Nullable Tristate fromJson(String field, @Nullable JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return UNKNOWN;
        }
        if (value.isBoolean()) {
            return of(value.booleanValue());
        }
        throw new RuleViolationException(
                RuleViolationException.Kind.UNPROCESSABLE, field, "input.error.tristate", field, value.toString());
    }

    public String messageKey() {
        return "tristate." + name();
    }
}
