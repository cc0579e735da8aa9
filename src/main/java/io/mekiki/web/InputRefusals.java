package io.mekiki.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a refusal of the input guard: a problem detail for {@code /api/**}, the error page for pages
 * (which shows the message from the request attribute {@value #PAGE_ATTRIBUTE}), in the caller's language.
 */
@Component
class InputRefusals {

    static final String PAGE_ATTRIBUTE = "inputRefusal";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    InputRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    void send(HttpServletRequest request, HttpServletResponse response, InputRefusal refusal) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String text = messages.getMessage(refusal.messageCode(), refusal.arguments(), locale);
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            request.setAttribute(PAGE_ATTRIBUTE, text);
            request.setAttribute(RequestDispatcher.ERROR_MESSAGE, text);
            response.sendError(refusal.status().value());
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                refusal.status(),
                refusal.field() == null
                        ? text
                        : messages.getMessage(
                                "api.error.invalid.detail", new Object[] {List.of(refusal.field())}, locale));
        problem.setTitle(messages.getMessage("api.error.invalid.title", null, locale));
        problem.setProperty("code", refusal.messageCode());
        if (refusal.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "message", text)));
        }
        response.setStatus(refusal.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
