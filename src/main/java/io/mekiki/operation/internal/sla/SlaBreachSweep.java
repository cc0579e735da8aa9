package io.mekiki.operation.internal.sla;

import io.mekiki.operation.SlaMeasurements;
import io.mekiki.shared.OrganizationSweep;
import java.time.Duration;
import java.util.UUID;
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

    private final OrganizationSweep sweep;

    SlaBreachSweep(
            JdbcClient jdbc,
            SlaMeasurements measurements,
            @Value("${mekiki.sla.breach-sweep-interval:24h}") Duration interval) {
        this.sweep = new OrganizationSweep(
                "mekiki-sla-breach-sweep",
                "judge the ended SLA periods",
                "mekiki.sla.breach-sweep-interval",
                interval,
                () -> jdbc.sql("select distinct organization_id from sla_metric where removed_at is null")
                        .query(UUID.class)
                        .list(),
                measurements::judgeEndedPeriods,
                LoggerFactory.getLogger(SlaBreachSweep.class));
    }

    /** Judges the metrics of every organisation that keeps an SLA; the breaches detected now. */
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
