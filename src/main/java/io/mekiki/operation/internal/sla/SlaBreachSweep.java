package io.mekiki.operation.internal.sla;

import io.mekiki.operation.SlaMeasurements;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Judges ended periods every day, so that a month that missed its target is recorded as a breach (and raises
 * its finding) even when no later measurement of that metric arrives. Two instances on one database record a
 * breach once: the breach's key (metric, period) lets only the first insert through, and only that one is told.
 */
@Component
class SlaBreachSweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlaBreachSweep.class);

    private final JdbcClient jdbc;
    private final SlaMeasurements measurements;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mekiki-sla-breach-sweep");
        thread.setDaemon(true);
        return thread;
    });

    SlaBreachSweep(
            JdbcClient jdbc,
            SlaMeasurements measurements,
            @Value("${mekiki.sla.breach-sweep-interval:24h}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("mekiki.sla.breach-sweep-interval must be positive");
        }
        this.jdbc = jdbc;
        this.measurements = measurements;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(
                this::sweepSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Judges the metrics of every organisation that keeps an SLA; the breaches detected now. */
    int sweep() {
        List<UUID> organizations = jdbc.sql("select distinct organization_id from sla_metric where removed_at is null")
                .query(UUID.class)
                .list();
        int detected = 0;
        for (UUID organizationId : organizations) {
            try {
                detected += measurements.judgeEndedPeriods(organizationId);
            } catch (RuntimeException e) {
                log.warn("Could not judge the SLA periods of organisation {}: {}", organizationId, e.toString());
            }
        }
        return detected;
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Could not judge the ended SLA periods: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
