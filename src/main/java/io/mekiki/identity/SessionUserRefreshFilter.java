package io.mekiki.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the signed-in user on every page request, so that a disabled user is signed out at once and
 * changed roles or language apply without signing in again. Static resources are public and carry nothing
 * of the user, so they neither read the session nor the user.
 */
class SessionUserRefreshFilter extends OncePerRequestFilter {

    private final SignIn signIn;
    private final SecurityContextRepository contexts;

    SessionUserRefreshFilter(SignIn signIn, SecurityContextRepository contexts) {
        this.signIn = signIn;
        this.contexts = contexts;
    }

    private static final List<String> STATIC_RESOURCES = List.of("/css/", "/js/", "/img/", "/webjars/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_RESOURCES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MekikiUser held) {
            var current = signIn.current(held.userId());
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?disabled");
                return;
            }
            if (!current.get().sameAs(held)) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        current.get(), null, current.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
