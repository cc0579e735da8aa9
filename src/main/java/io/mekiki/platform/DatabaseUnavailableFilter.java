package io.mekiki.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before the session and security filters: while the database is unavailable every request that
 * needs it gets a 503 at once, instead of holding a thread until a connection times out. A request that
 * finds the database gone on its own way is answered the same and makes the watchdog look at once.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Health probes and static files work without the database. */
    private static final List<String> WITHOUT_DATABASE = List.of("/actuator/", "/css/", "/js/", "/img/", "/webjars/");

    private final DatabaseAvailability availability;
    private final DatabaseWatchdog watchdog;
    private final ServiceUnavailableResponse unavailable;

    DatabaseUnavailableFilter(
            DatabaseAvailability availability, DatabaseWatchdog watchdog, ServiceUnavailableResponse unavailable) {
        this.availability = availability;
        this.watchdog = watchdog;
        this.unavailable = unavailable;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return WITHOUT_DATABASE.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.isAvailable()) {
            unavailable.write(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutages.isOutage(failure)) {
                throw failure;
            }
            watchdog.checkSoon();
            if (response.isCommitted()) {
                throw failure;
            }
            unavailable.write(request, response);
        }
    }
}
