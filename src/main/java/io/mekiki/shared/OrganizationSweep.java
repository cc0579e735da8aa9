package io.mekiki.shared;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;

/**
 * Work that no request triggers, repeated at a fixed delay over every organisation that has some (breaches of
 * ended SLA periods, reviews coming due, lapsed attestations). One daemon thread per sweep; the first run comes
 * one interval after {@link #start()}; an organisation that fails is logged and the others still run. The work
 * itself must be safe when two instances sweep the same database (each sweep records what it did under a key).
 */
public final class OrganizationSweep implements AutoCloseable {

    private final String what;
    private final Duration interval;
    private final Supplier<List<UUID>> organizations;
    private final ToIntFunction<UUID> perOrganization;
    private final Logger log;
    private final ScheduledExecutorService scheduler;

    /**
     * @param what what the sweep does, for the log ("judge the ended SLA periods")
     * @param intervalProperty the setting the interval comes from, named when it is not positive
     * @param perOrganization the work for one organisation; how many things it did
     */
    public OrganizationSweep(
            String threadName,
            String what,
            String intervalProperty,
            Duration interval,
            Supplier<List<UUID>> organizations,
            ToIntFunction<UUID> perOrganization,
            Logger log) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(intervalProperty + " must be positive");
        }
        this.what = what;
        this.interval = interval;
        this.organizations = organizations;
        this.perOrganization = perOrganization;
        this.log = log;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(
                this::sweepSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the work for every organisation now; the sum of what it did. */
    public int sweep() {
        int done = 0;
        for (UUID organizationId : organizations.get()) {
            try {
                done += perOrganization.applyAsInt(organizationId);
            } catch (RuntimeException e) {
                log.warn("Could not {} of organisation {}: {}", what, organizationId, e.toString());
            }
        }
        return done;
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Could not {}: {}", what, e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
