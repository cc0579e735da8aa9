package io.mekiki.initiative.web;

import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GatesOpenException;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativeRuleViolation;
import io.mekiki.initiative.Move;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Refusals of the initiative API as problem details in the caller's language: a field a rule refused
 * is named in {@code errors: [{field, message}]}, the same shape as validation problems; a refused move
 * names the open gates in {@code openGates}.
 */
@Component
class InitiativeProblems {

    private final MessageSource messages;
    private final ConditionTexts conditionTexts;

    InitiativeProblems(MessageSource messages, ConditionTexts conditionTexts) {
        this.messages = messages;
        this.conditionTexts = conditionTexts;
    }

    ProblemDetail gatesOpen(GatesOpenException refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusalText(refused, locale));
        problem.setTitle(message(locale, "initiative.error.gatesOpen.title"));
        problem.setProperty("code", refused.messageCode());
        problem.setProperty("move", refused.move().name());
        problem.setProperty(
                "openGates", refused.openGates().stream().map(Gate::name).toList());
        problem.setProperty(
                "missing",
                refused.missing().stream()
                        .map(missing -> {
                            Map<String, Object> item = new java.util.LinkedHashMap<>();
                            item.put("gate", missing.gate().name());
                            item.put("code", missing.condition().code());
                            item.put("label", conditionTexts.label(missing.condition(), locale));
                            item.put("who", conditionTexts.who(missing.condition(), locale));
                            return item;
                        })
                        .toList());
        return problem;
    }

    /** The open gates, and what their unmet conditions still miss (ADR 040), as one text for the page and the API. */
    String refusalText(GatesOpenException refused, Locale locale) {
        String gates = openGatesText(refused.openGates(), locale);
        if (refused.missing().isEmpty()) {
            return gates;
        }
        String missing = refused.missing().stream()
                .map(item -> conditionTexts.label(item.condition(), locale))
                .collect(Collectors.joining(message(locale, "initiative.listSeparator")));
        return gates + " " + message(locale, "initiative.error.gatesOpen.missing", missing);
    }

    /** "The gates not yet approved: Purpose approved (PREPARATION_PURPOSE_APPROVED), …" */
    String openGatesText(List<Gate> gates, Locale locale) {
        String names = gates.stream()
                .map(gate -> message(locale, gate.messageKey()) + " (" + gate.name() + ")")
                .collect(Collectors.joining(message(locale, "initiative.listSeparator")));
        return message(locale, "initiative.error.gatesOpen", names);
    }

    /** A conflict with the initiative's state is 409; input a rule refuses is 400, naming the field. */
    ProblemDetail ruleViolation(InitiativeRuleViolation violation, Locale locale) {
        String text = text(violation, locale);
        HttpStatus status = violation.apiStatus();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
        problem.setTitle(message(
                locale,
                status == HttpStatus.BAD_REQUEST ? "api.error.invalid.title" : "api.error.ruleViolation.title"));
        problem.setProperty("code", violation.messageCode());
        if (violation.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", text)));
        }
        return problem;
    }

    /** The refusal's message, with phases, gates and branches named in the reader's language. */
    String text(InitiativeRuleViolation violation, Locale locale) {
        Object[] arguments = Arrays.stream(violation.arguments())
                .map(argument -> argument instanceof Enum<?> constant ? name(constant, locale) : argument)
                .toArray();
        return message(locale, violation.messageCode(), arguments);
    }

    ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                Class<?> target =
                        jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                return invalid(path(jackson), valueMessage(target, locale), locale);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, message(locale, "api.error.unreadable.detail"));
        problem.setTitle(message(locale, "api.error.invalid.title"));
        return problem;
    }

    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception, Locale locale) {
        return invalid(exception.getName(), valueMessage(exception.getRequiredType(), locale), locale);
    }

    private ProblemDetail invalid(String field, String text, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, message(locale, "api.error.invalid.detail", List.of(field)));
        problem.setTitle(message(locale, "api.error.invalid.title"));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", text)));
        return problem;
    }

    private String valueMessage(Class<?> target, Locale locale) {
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
            return message(locale, "request.error.unknownValue", allowed);
        }
        return message(locale, "request.error.badFormat");
    }

    private String name(Enum<?> constant, Locale locale) {
        String key;
        if (constant instanceof InitiativePhase phase) {
            key = phase.messageKey();
        } else if (constant instanceof Gate gate) {
            key = gate.messageKey();
        } else if (constant instanceof Move move) {
            key = move.messageKey();
        } else {
            key = "initiative.branch." + constant.name();
        }
        return messages.getMessage(key, null, constant.name(), locale);
    }

    private static String path(JacksonException exception) {
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

    String message(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }
}
