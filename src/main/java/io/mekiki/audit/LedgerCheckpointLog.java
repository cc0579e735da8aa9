package io.mekiki.audit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
 * Writes each organisation's ledger head to the log at start and then whenever it has moved, at most once
 * per interval. Logs are shipped and kept outside the database, so a chain later found shorter than a
 * logged checkpoint was cut, even if nobody noted the head down by hand. Several instances log the same
 * heads; that does no harm.
 */
@Component
class LedgerCheckpointLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LedgerCheckpointLog.class);

    private final AuditLedger ledger;
    private final Duration interval;
    private final Map<UUID, Long> logged = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mekiki-ledger-checkpoints");
        thread.setDaemon(true);
        return thread;
    });

    LedgerCheckpointLog(AuditLedger ledger, @Value("${mekiki.audit.checkpoint-interval:1h}") Duration interval) {
        this.ledger = ledger;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::logSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void logSafely() {
        try {
            logMovedHeads();
        } catch (RuntimeException e) {
            log.warn("Could not write the ledger checkpoints: {}", e.toString());
        }
    }

    synchronized void logMovedHeads() {
        for (LedgerCheckpoint checkpoint : ledger.checkpoints()) {
            Long before = logged.put(checkpoint.organizationId(), checkpoint.lastSequence());
            if (before != null && checkpoint.lastSequence() < before) {
                log.error(
                        "Audit ledger of organization {} is shorter than at its last checkpoint ({} entries, now {}):"
                                + " entries were removed outside Mekiki",
                        checkpoint.organizationId(),
                        before,
                        checkpoint.entries());
            }
            if (before == null || before != checkpoint.lastSequence()) {
                log.info(
                        "Audit ledger checkpoint: organization={} entries={} lastSequence={} lastHash={}"
                                + " lastRecordedAt={}",
                        checkpoint.organizationId(),
                        checkpoint.entries(),
                        checkpoint.lastSequence(),
                        checkpoint.lastHash(),
                        checkpoint.lastRecordedAt());
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
