package io.mekiki.operation.web;

import io.mekiki.operation.MeasurementsRefused;
import io.mekiki.operation.internal.sla.MeasurementProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Refused measurements as texts in the reader's language: for the API's problem detail and for the pages. */
@Component
class SlaProblems {

    private final MessageSource messages;

    SlaProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem as a reader sees it: where (line and column, or position and field) and what. */
    record Text(
            @org.jspecify.annotations.Nullable Integer line,
            @org.jspecify.annotations.Nullable String column,
            String field,
            String code,
            String message) {}

    /**
     * @param csv whether the problems are lines of a CSV file (else positions in a JSON list)
     */
    List<Text> texts(MeasurementsRefused refused, boolean csv, Locale locale) {
        List<Text> texts = new ArrayList<>();
        for (MeasurementProblem problem : refused.problems()) {
            String what = messages.getMessage(problem.code(), plain(problem.arguments()), problem.code(), locale);
            String where;
            String field;
            if (problem.line() == null) {
                field = problem.column() == null ? "file" : problem.column();
                where = problem.column() == null || !csv
                        ? ""
                        : messages.getMessage("sla.import.where.column", new Object[] {problem.column()}, locale);
            } else if (csv) {
                field = "lines[" + problem.line() + "]" + (problem.column() == null ? "" : "." + problem.column());
                where = problem.column() == null
                        ? messages.getMessage("sla.import.where.line", new Object[] {problem.line()}, locale)
                        : messages.getMessage(
                                "sla.import.where.lineColumn", new Object[] {problem.line(), problem.column()}, locale);
            } else {
                field = "measurements[" + problem.line() + "]"
                        + (problem.column() == null ? "" : "." + problem.column());
                where = field + ": ";
            }
            texts.add(new Text(problem.line(), problem.column(), field, problem.code(), where + what));
        }
        return texts;
    }

    ProblemDetail problem(MeasurementsRefused refused, boolean csv, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        refused.more() ? "sla.import.refused.detailMore" : "sla.import.refused.detail",
                        new Object[] {refused.problems().size()},
                        locale));
        problem.setTitle(messages.getMessage("api.error.invalid.title", null, locale));
        problem.setProperty("code", refused.messageCode());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Text text : texts(refused, csv, locale)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", text.field());
            error.put("message", text.message());
            error.put("code", text.code());
            if (text.line() != null) {
                error.put(csv ? "line" : "index", text.line());
            }
            if (text.column() != null) {
                error.put("column", text.column());
            }
            errors.add(error);
        }
        problem.setProperty("errors", errors);
        problem.setProperty("more", refused.more());
        return problem;
    }

    ProblemDetail tooLarge(long megabytes, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("sla.import.error.tooLarge", new Object[] {megabytes}, locale));
        problem.setTitle(messages.getMessage("api.error.invalid.title", null, locale));
        problem.setProperty("code", "sla.import.error.tooLarge");
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field",
                        "file",
                        "message",
                        messages.getMessage("sla.import.error.tooLarge", new Object[] {megabytes}, locale))));
        return problem;
    }

    String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }

    /** Dates and numbers as written (ISO dates, plain decimals), not in the locale's format. */
    private static Object[] plain(Object[] arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] instanceof Number || arguments[i] instanceof java.time.temporal.Temporal
                    ? String.valueOf(arguments[i])
                    : arguments[i];
        }
        return plain;
    }
}
