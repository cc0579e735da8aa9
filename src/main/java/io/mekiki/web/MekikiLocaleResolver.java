package io.mekiki.web;

import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language of a response. Pages: the signed-in user's choice, then the language cookie,
 * then {@code Accept-Language}, then Japanese. API: {@code ?lang=}, then {@code Accept-Language},
 * then the user's choice, then Japanese.
 */
class MekikiLocaleResolver implements LocaleResolver {

    static final String COOKIE = "mekiki-lang";

    /**
     * The language once chosen for the request: Spring asks the resolver again on every
     * {@code LocaleContextHolder.getLocale()}, dozens of times per page (every date, every message).
     */
    private static final String RESOLVED = MekikiLocaleResolver.class.getName() + ".resolved";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(io.mekiki.shared.PageLanguage.ATTRIBUTE) instanceof Locale fixed) {
            return fixed;
        }
        if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
            return resolved;
        }
        Locale chosen = choose(request);
        request.setAttribute(RESOLVED, chosen);
        return chosen;
    }

    private static Locale choose(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Languages.parse(request.getParameter("lang"))
                    .or(() -> acceptLanguage(request))
                    .or(MekikiLocaleResolver::userLanguage)
                    .orElse(Languages.JAPANESE);
        }
        return userLanguage()
                .or(() -> cookie(request))
                .or(() -> acceptLanguage(request))
                .orElse(Languages.JAPANESE);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.removeAttribute(RESOLVED);
        Cookie cookie = new Cookie(COOKIE, locale == null ? "" : locale.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(locale == null ? 0 : 60 * 60 * 24 * 365);
        response.addCookie(cookie);
    }

    private static Optional<Locale> userLanguage() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Languages.parse(user.language().getLanguage());
        }
        return Optional.empty();
    }

    private static Optional<Locale> cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.parse(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Locale> acceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), Languages.SUPPORTED));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
