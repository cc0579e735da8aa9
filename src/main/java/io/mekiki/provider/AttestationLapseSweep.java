package io.mekiki.provider;

import io.mekiki.shared.OrganizationSweep;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    private final OrganizationSweep sweep;

    AttestationLapseSweep(
            AttestationStore store,
            Attestations attestations,
            Clock clock,
            @Value("${mekiki.attestations.lapse-interval:24h}") Duration interval) {
        this.sweep = new OrganizationSweep(
                "mekiki-attestation-lapse-sweep",
                "tell the lapsed attestations",
                "mekiki.attestations.lapse-interval",
                interval,
                // a day ahead of UTC, so that every time zone is seen
                () -> store.organizationsWithEnded(
                        LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1)),
                attestations::tellLapses,
                LoggerFactory.getLogger(AttestationLapseSweep.class));
    }

    /** Tells the lapses of every organisation; how many. */
    int sweep() {
        return sweep.sweep();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        sweep.start();
    }

    @Override
    public void close() {
        sweep.close();
    }
}
