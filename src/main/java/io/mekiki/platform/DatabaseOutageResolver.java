package io.mekiki.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request whose handler lost the database answers 503 (the same body as while the outage is known),
 * not 500: the client should try again, and the watchdog is told to look at once.
 */
class DatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

    private final DatabaseWatchdog watchdog;
    private final ServiceUnavailableResponse unavailable;

    DatabaseOutageResolver(DatabaseWatchdog watchdog, ServiceUnavailableResponse unavailable) {
        this.watchdog = watchdog;
        this.unavailable = unavailable;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception failure) {
        if (!DatabaseOutages.isOutage(failure) || response.isCommitted()) {
            return null;
        }
        watchdog.checkSoon();
        try {
            unavailable.write(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
