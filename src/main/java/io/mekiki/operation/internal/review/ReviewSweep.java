package io.mekiki.operation.internal.review;

import io.mekiki.operation.SupervisionReviews;
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
 * Opens the supervision reviews coming due every day, so that a review exists (and shows on the homes) even when
 * nobody opens the list. The lists, the API and the homes open them too before they read; a contract year gets
 * one review whoever comes first.
 */
@Component
class ReviewSweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReviewSweep.class);

    private final JdbcClient jdbc;
    private final SupervisionReviews reviews;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mekiki-review-sweep");
        thread.setDaemon(true);
        return thread;
    });

    ReviewSweep(
            JdbcClient jdbc,
            SupervisionReviews reviews,
            @Value("${mekiki.reviews.sweep-interval:24h}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("mekiki.reviews.sweep-interval must be positive");
        }
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(
                this::sweepSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens the reviews coming due in every organisation with a contract in force; how many were opened. */
    int sweep() {
        // only which organisations to ask: the contracts themselves are read through the contract module's API
        List<UUID> organizations = jdbc.sql("select distinct organization_id from contract where status = 'IN_FORCE'")
                .query(UUID.class)
                .list();
        int opened = 0;
        for (UUID organizationId : organizations) {
            try {
                opened += reviews.openDue(organizationId).size();
            } catch (RuntimeException e) {
                log.warn("Could not open the supervision reviews of organisation {}: {}", organizationId, e.toString());
            }
        }
        return opened;
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Could not open the supervision reviews coming due: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
