package io.mekiki.decision.web;

import io.mekiki.decision.ConditionsUnmetException;
import io.mekiki.decision.DecisionRuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals of the decisions API as problem details in the caller's language: 409 for a conflict with
 * the decision's state, 403 for deciding one's own request, 400 for input a rule refuses (naming the field) and for a query parameter of
 * the wrong type (naming it). Same shape as the shell's: {@code code}, {@code errors: [{field, message}]}.
 */
final class DecisionProblems {

    private DecisionProblems() {}

    static ProblemDetail refused(DecisionRuleViolation violation, MessageSource messages, Locale locale) {
        String text = violation instanceof ConditionsUnmetException unmet
                ? unmet.message(messages, locale)
                : message(messages, locale, violation.messageCode(), violation.arguments());
        HttpStatus status = violation.apiStatus();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
        problem.setTitle(message(
                messages,
                locale,
                status == HttpStatus.BAD_REQUEST ? "api.error.invalid.title" : "api.error.ruleViolation.title"));
        problem.setProperty("code", violation.messageCode());
        if (violation instanceof ConditionsUnmetException unmet) {
            List<String> labels = unmet.labels(messages, locale);
            List<Map<String, String>> named = new java.util.ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                named.add(Map.of("code", unmet.unmet().get(i).code(), "label", labels.get(i)));
            }
            problem.setProperty("unmetConditions", named);
        }
        if (violation.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", text)));
        }
        return problem;
    }

    static ProblemDetail typeMismatch(
            MethodArgumentTypeMismatchException exception, MessageSource messages, Locale locale) {
        Class<?> target = exception.getRequiredType();
        String text = target != null && target.isEnum()
                ? message(
                        messages,
                        locale,
                        "request.error.unknownValue",
                        String.join(
                                ", ",
                                Arrays.stream(target.getEnumConstants())
                                        .map(constant -> ((Enum<?>) constant).name())
                                        .toList()))
                : message(messages, locale, "request.error.badFormat");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                message(messages, locale, "api.error.invalid.detail", List.of(exception.getName())));
        problem.setTitle(message(messages, locale, "api.error.invalid.title"));
        problem.setProperty("errors", List.of(Map.of("field", exception.getName(), "message", text)));
        return problem;
    }

    private static String message(MessageSource messages, Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }
}
