package io.mekiki.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Placed in front of Spring Session's filter, so that the session of a request is read from the database
 * once, not twice (ADR 013, {@link QuietSessionRepository#beginRequest}).
 */
final class SessionReadOnceFilter extends GenericFilterBean {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean outermost = QuietSessionRepository.beginRequest();
        try {
            chain.doFilter(request, response);
        } finally {
            if (outermost) {
                QuietSessionRepository.endRequest();
            }
        }
    }
}
