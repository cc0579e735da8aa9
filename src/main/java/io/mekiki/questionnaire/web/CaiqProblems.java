package io.mekiki.questionnaire.web;

import io.mekiki.questionnaire.internal.caiq.CaiqProblem;
import io.mekiki.questionnaire.internal.caiq.CaiqRefused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** A refused CAIQ workbook as sentences in the reader's language: for the API's problem detail and the link page. */
@Component
class CaiqProblems {

    private final MessageSource messages;

    CaiqProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Each problem as one sentence: where (sheet, row, column), then what. */
    List<String> sentences(CaiqRefused refused, Locale locale) {
        List<String> sentences = new ArrayList<>();
        for (CaiqProblem problem : refused.problems()) {
            sentences.add(messages.getMessage(
                    "caiq.import.problem", new Object[] {where(problem, locale), what(problem, locale)}, locale));
        }
        return sentences;
    }

    /** The summary: how many problems, and that nothing was saved. */
    String summary(CaiqRefused refused, Locale locale) {
        return messages.getMessage(
                refused.more() ? "caiq.import.refused.detailMore" : "caiq.import.refused.detail",
                new Object[] {refused.problems().size()},
                locale);
    }

    ProblemDetail problem(CaiqRefused refused, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary(refused, locale));
        detail.setTitle(messages.getMessage("api.error.invalid.title", null, locale));
        detail.setProperty("code", "caiq.import.refused");
        List<Map<String, Object>> errors = new ArrayList<>();
        for (CaiqProblem problem : refused.problems()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "file");
            error.put("code", problem.code());
            if (problem.sheet() != null) {
                error.put("sheet", problem.sheet());
            }
            if (problem.row() != null) {
                error.put("row", problem.row());
            }
            if (problem.column() != null) {
                error.put("column", problem.column());
            }
            error.put(
                    "message",
                    messages.getMessage(
                            "caiq.import.problem",
                            new Object[] {where(problem, locale), what(problem, locale)},
                            locale));
            errors.add(error);
        }
        detail.setProperty("errors", errors);
        detail.setProperty("more", refused.more());
        return detail;
    }

    private String what(CaiqProblem problem, Locale locale) {
        return messages.getMessage(problem.code(), plain(problem.arguments()), problem.code(), locale);
    }

    private String where(CaiqProblem problem, Locale locale) {
        if (problem.sheet() == null) {
            return messages.getMessage("caiq.import.at.file", null, locale);
        }
        if (problem.row() == null) {
            return messages.getMessage("caiq.import.at.sheet", new Object[] {problem.sheet()}, locale);
        }
        if (problem.column() == null) {
            return messages.getMessage("caiq.import.at.row", new Object[] {problem.sheet(), problem.row()}, locale);
        }
        return messages.getMessage(
                "caiq.import.at.cell", new Object[] {problem.sheet(), problem.row(), problem.column()}, locale);
    }

    /** Numbers as plain digits (no grouping: row 1,234 would read as two numbers). */
    private static Object[] plain(Object[] arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number number) {
                plain[i] = String.valueOf(number);
            }
        }
        return plain;
    }
}
