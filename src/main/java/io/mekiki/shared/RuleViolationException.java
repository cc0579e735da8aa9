package io.mekiki.shared;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that is well-formed but breaks a business rule; nothing has changed. The message code
 * resolves in the message bundles so that the user reads the reason in their language.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class RuleViolationException extends RuntimeException {

    /** How the refusal is reported: a conflict with the current state, or input that cannot be accepted. */
    public enum Kind {
        CONFLICT,
        UNPROCESSABLE
    }

    private final Kind kind;
    private final @Nullable String field;
    private final String messageCode;
    private final Object[] arguments;

    public RuleViolationException(Kind kind, String messageCode, Object... arguments) {
        this(kind, null, messageCode, arguments);
    }

    /** A refusal that concerns one input field, named as in the API (e.g. {@code categories}). */
    public RuleViolationException(Kind kind, @Nullable String field, String messageCode, Object... arguments) {
        super(messageCode + Arrays.toString(arguments));
        this.kind = kind;
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    public static RuleViolationException conflict(String messageCode, Object... arguments) {
        return new RuleViolationException(Kind.CONFLICT, messageCode, arguments);
    }

    public static RuleViolationException unprocessable(String messageCode, Object... arguments) {
        return new RuleViolationException(Kind.UNPROCESSABLE, messageCode, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field the refusal concerns, or null when it concerns the request as a whole. */
    public @Nullable String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
