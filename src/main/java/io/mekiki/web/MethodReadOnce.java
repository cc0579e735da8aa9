package io.mekiki.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.GenericFilterBean;

/**
 * The last filter before the dispatcher: hands on the request with its method read once. Finding the handler of
 * an address with an id in it asks every request mapping (several hundred) for a match, and each first compares
 * the request's method, which the request answers through the dozen wrappers the filters before put around it;
 * that walk was more than a third of the CPU of a kept page (ADR 049).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class MethodReadOnce extends GenericFilterBean {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? new MethodAtHand(http) : request, response);
    }

    /** A request whose method is a field. The method of a request never changes once it is read. */
    static final class MethodAtHand extends HttpServletRequestWrapper {

        private final String method;

        MethodAtHand(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
