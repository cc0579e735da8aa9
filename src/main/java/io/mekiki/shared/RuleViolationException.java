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

    /**
     * How the refusal is reported (docs/api-conventions.md): a conflict with the current state (409),
     * input that cannot be accepted (400, naming the field when there is one), or a refusal because of who
     * asks, such as deciding one's own request (403, separation of duties).
     */
    public enum Kind {
        CONFLICT,
        UNPROCESSABLE,
        FORBIDDEN
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

    /** Refused because of who asks: separation of duties, or an act on oneself that another must do. */
    public static RuleViolationException forbidden(String messageCode, Object... arguments) {
        return new RuleViolationException(Kind.FORBIDDEN, messageCode, arguments);
    }

    /** The status of the refusal in the API: 409 for a conflict, 403 for who asks, 400 for the input. */
    public HttpStatus apiStatus() {
        return switch (kind) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNPROCESSABLE -> HttpStatus.BAD_REQUEST;
        };
    }

    /** The status of a page that shows the refusal: as in the API, but 422 for a form shown again. */
    public HttpStatus pageStatus() {
        return kind == Kind.UNPROCESSABLE ? HttpStatus.UNPROCESSABLE_CONTENT : apiStatus();
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
