package io.mekiki.platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications whose reactions completed longer ago than
 * {@code mekiki.events.completed-retention} (default 7 days), at start and then every
 * {@code mekiki.events.cleanup-interval} (default 1 hour). Incomplete publications are never deleted:
 * they wait for their listener (ADR 024, ADR 026). Several instances deleting the same rows do no harm.
 */
@Component
class CompletedEventCleanup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CompletedEventCleanup.class);

    private final CompletedEventPublications completed;
    private final Duration retention;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mekiki-event-cleanup");
        thread.setDaemon(true);
        return thread;
    });

    CompletedEventCleanup(
            CompletedEventPublications completed,
            @Value("${mekiki.events.completed-retention:P7D}") Duration retention,
            @Value("${mekiki.events.cleanup-interval:1h}") Duration interval) {
        if (retention.isNegative() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(
                    "mekiki.events.completed-retention must not be negative and mekiki.events.cleanup-interval"
                            + " must be positive");
        }
        this.completed = completed;
        this.retention = retention;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::deleteSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Deletes the publications completed before now minus the retention. */
    void deleteExpired() {
        completed.deletePublicationsOlderThan(retention);
    }

    private void deleteSafely() {
        try {
            deleteExpired();
        } catch (RuntimeException e) {
            log.warn("Could not delete completed event publications: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
