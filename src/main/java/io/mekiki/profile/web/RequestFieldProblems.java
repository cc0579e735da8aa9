package io.mekiki.profile.web;

import io.mekiki.profile.ProfileRuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Problem details that name the field a request got wrong: a value JSON cannot map (an unknown sector,
 * a malformed date) or a field a business rule refused. Same
 * shape as the shell's validation problems: {@code errors: [{field, message}]}.
 */
final class RequestFieldProblems {

    private RequestFieldProblems() {}

    static ProblemDetail unreadable(HttpMessageNotReadableException exception, MessageSource messages, Locale locale) {
        // the outermost Jackson exception carries the full path; its causes (e.g. a date parser's) carry none
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                Class<?> target =
                        jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                return invalid(path(jackson), valueMessage(target, messages, locale), messages, locale);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, message(messages, locale, "api.error.unreadable.detail"));
        problem.setTitle(message(messages, locale, "api.error.invalid.title"));
        return problem;
    }

    static ProblemDetail ruleViolation(ProfileRuleViolation violation, MessageSource messages, Locale locale) {
        String text = message(messages, locale, violation.messageCode(), violation.arguments());
        if (violation.isStale()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text);
            problem.setTitle(message(messages, locale, "api.error.ruleViolation.title"));
            problem.setProperty("code", violation.messageCode());
            problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", text)));
            return problem;
        }
        ProblemDetail problem = invalid(violation.field(), text, messages, locale);
        problem.setProperty("code", violation.messageCode());
        return problem;
    }

    private static ProblemDetail invalid(String field, String text, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, message(messages, locale, "api.error.invalid.detail", List.of(field)));
        problem.setTitle(message(messages, locale, "api.error.invalid.title"));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", text)));
        return problem;
    }

    private static String valueMessage(Class<?> target, MessageSource messages, Locale locale) {
        if (target != null && target.isEnum()) {
            String allowed = String.join(
                    ", ",
                    Arrays.stream(target.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .toList());
            return message(messages, locale, "request.error.unknownValue", allowed);
        }
        return message(messages, locale, "request.error.badFormat");
    }

    /** The JSON path as a field name, e.g. {@code sectors[1]} or {@code policies.SECURITY.lastReviewedOn}. */
    static String path(JacksonException exception) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String message(MessageSource messages, Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }
}
