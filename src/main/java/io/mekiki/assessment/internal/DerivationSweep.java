package io.mekiki.assessment.internal;

import io.mekiki.assessment.Assessments;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.Actor;
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
 * Attestations end without any event: every {@code mekiki.assessments.derivation-interval} (default 24 hours,
 * first run one interval after the start) the candidates whose derived answers rest on an attestation are
 * derived again by the organisation's today, so that an ISMAP registration or a SOC 2 report that ran out
 * turns its unconfirmed answers and marks its confirmed ones for review (ADR 029). Several instances running
 * it at once do no harm: a derivation writes only what differs, over the version it read.
 */
@Component
class DerivationSweep implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DerivationSweep.class);

    private final JdbcClient jdbc;
    private final Candidates candidates;
    private final Assessments assessments;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mekiki-derivation-sweep");
        thread.setDaemon(true);
        return thread;
    });

    DerivationSweep(
            JdbcClient jdbc,
            Candidates candidates,
            Assessments assessments,
            @Value("${mekiki.assessments.derivation-interval:24h}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("mekiki.assessments.derivation-interval must be positive");
        }
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.assessments = assessments;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(
                this::sweepSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Derives again every candidate with a derived answer that rests on an attestation; how many were read. */
    int sweep() {
        List<Row> rows = jdbc.sql("""
                        select distinct s.organization_id, s.candidate_id from assessment s
                        join assessment_answer a on a.assessment_id = s.id
                        where a.source = 'DERIVED' and a.derived_fact in (:facts)""")
                .param("facts", List.copyOf(DerivationRules.ATTESTATION_FACTS))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        for (Row row : rows) {
            candidates
                    .candidateOf(row.organizationId(), row.candidateId())
                    .ifPresent(candidate -> assessments.derive(candidate, Actor.system()));
        }
        return rows.size();
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Could not derive the answers resting on attestations again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private record Row(UUID organizationId, UUID candidateId) {}
}
