package io.mekiki.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock under the profile {@code benchdata}: the system's, except while the bench data is
 * generated, when it runs from a point in the past that only moves forward, so that everything, the audit
 * ledger above all, is recorded through the modules' own writing paths as if it had happened over the years.
 * The ledger's hash chain covers the times as written, so it verifies as any other.
 */
final class BenchClock extends Clock {

    private final Clock system;
    private volatile Duration behind = Duration.ZERO;

    BenchClock(Clock system) {
        this.system = system;
    }

    /** From now on the clock reads {@code moment} and runs on from there; never backwards from what it read. */
    void travelTo(Instant moment) {
        Duration wanted = Duration.between(moment, system.instant());
        if (wanted.compareTo(behind) < 0) {
            behind = wanted.isNegative() ? Duration.ZERO : wanted;
        }
    }

    /** Back to the system's time. */
    void backToNow() {
        behind = Duration.ZERO;
    }

    /** Starts the journey: the clock jumps back to {@code moment}. */
    void startAt(Instant moment) {
        behind = Duration.between(moment, system.instant());
    }

    @Override
    public Instant instant() {
        return system.instant().minus(behind);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system, behind.negated()).withZone(zone);
    }
}
