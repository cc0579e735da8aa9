package io.mekiki.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Attestations end without anyone acting: every {@code mekiki.attestations.lapse-interval} (default 24 hours,
 * first run one interval after the start) the lapses of every organisation not told yet are told as {@link
 * AttestationLapsed}. Two instances tell a lapse once: its key (attestation, end) lets only the first through.
 */
@Component
class AttestationLapseSweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AttestationLapseSweep.class);

    private final AttestationStore store;
    private final Attestations attestations;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mekiki-attestation-lapse-sweep");
        thread.setDaemon(true);
        return thread;
    });

    AttestationLapseSweep(
            AttestationStore store,
            Attestations attestations,
            Clock clock,
            @Value("${mekiki.attestations.lapse-interval:24h}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("mekiki.attestations.lapse-interval must be positive");
        }
        this.store = store;
        this.attestations = attestations;
        this.clock = clock;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(
                this::sweepSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tells the lapses of every organisation (a day ahead of UTC, so that every time zone is seen); how many. */
    int sweep() {
        int told = 0;
        for (UUID organizationId : store.organizationsWithEnded(
                LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).plusDays(1))) {
            try {
                told += attestations.tellLapses(organizationId);
            } catch (RuntimeException e) {
                log.warn("Could not tell the lapsed attestations of organisation {}: {}", organizationId, e.toString());
            }
        }
        return told;
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Could not tell the lapsed attestations: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
