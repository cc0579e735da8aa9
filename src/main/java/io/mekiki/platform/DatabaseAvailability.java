package io.mekiki.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, as the watchdog last found it. Requests read it to fail fast with 503
 * instead of waiting for a connection that will not come; readiness follows it so that a load balancer or
 * an orchestrator stops sending traffic.
 */
@Component
public class DatabaseAvailability {

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile boolean available = true;
    private volatile @Nullable Instant unavailableSince;

    DatabaseAvailability(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public boolean isAvailable() {
        return available;
    }

    /** How long the database has been unreachable, or zero while it answers. */
    public Duration unavailableFor() {
        Instant since = unavailableSince;
        return since == null ? Duration.ZERO : Duration.between(since, clock.instant());
    }

    /** Returns true when this call changed the state, so that only one caller reports the outage. */
    synchronized boolean markUnavailable() {
        if (!available) {
            return false;
        }
        available = false;
        unavailableSince = clock.instant();
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        return true;
    }

    synchronized boolean markAvailable() {
        if (available) {
            return false;
        }
        available = true;
        unavailableSince = null;
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        return true;
    }
}
