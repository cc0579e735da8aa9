package io.mekiki.platform;

import io.mekiki.shared.CanonicalJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer while the database is unavailable: a problem detail for the API, a short page for people,
 * both in the reader's language, with {@code Retry-After}. Written without touching the database, the
 * session or the templates, any of which may need it.
 */
@Component
class ServiceUnavailableResponse {

    static final int RETRY_AFTER_SECONDS = 5;

    private final MessageSource messages;
    private final LocaleResolver locales;

    ServiceUnavailableResponse(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = messages.getMessage("platform.unavailable.title", null, locale);
        String detail = messages.getMessage("platform.unavailable.detail", null, locale);
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding("UTF-8");
        if (wantsPage(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            response.getWriter().write(page(locale, title, detail));
        } else {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(CanonicalJson.write(problem));
        }
        response.flushBuffer();
    }

    private static boolean wantsPage(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || !accept.contains("json");
    }

    private static String page(Locale locale, String title, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d">
                <title>%s - Mekiki</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2933}
                h1{font-size:1.4rem}</style></head>
                <body><main><h1>%s</h1><p>%s</p></main></body></html>
                """.formatted(
                        locale.getLanguage(),
                        RETRY_AFTER_SECONDS,
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(detail));
    }
}
