package io.mekiki.identity;

import io.mekiki.identity.IdentitySettings.SignInThrottling;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed password checks and says how long the next attempt must wait (ADR 008): strictly per
 * address and client address, softly per address across all clients (so that nobody elsewhere can
 * keep the real person out for long), per client address across all addresses, and a brake when
 * failures of all addresses together pile up. The failures live in the database, so every instance
 * sees them. Apart from the purge, its methods run in the caller's transaction.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int LOCK_SPACE = 0x4d6b6b69;
    private static final Duration BRAKE_LOG_INTERVAL = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final SignInThrottling settings;
    private final Clock clock;
    private final AtomicReference<Instant> brakeLogged = new AtomicReference<>(Instant.EPOCH);

    SignInThrottle(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings.signIn();
        this.clock = clock;
    }

    /** Makes attempts for one address wait for each other, on every instance, until the transaction ends. */
    void serialize(String address) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                .params(LOCK_SPACE, addressHash(address))
                .query(Object.class)
                .list();
    }

    /** How long an attempt for this address from this client must still wait; empty when it may go ahead. */
    Optional<Duration> waitBefore(String address, String client) {
        Instant now = clock.instant();
        Counts counts = jdbc.sql("""
                        select count(*) filter (where address_hash = :address and client_address = :client) as pair,
                               max(failed_at) filter (where address_hash = :address and client_address = :client) as pair_last,
                               count(*) filter (where address_hash = :address) as address,
                               max(failed_at) filter (where address_hash = :address) as address_last,
                               count(*) filter (where client_address = :client) as client,
                               max(failed_at) filter (where client_address = :client) as client_last
                        from identity_sign_in_failure
                        where failed_at > :since and (address_hash = :address or client_address = :client)
                        """)
                .param("address", addressHash(address))
                .param("client", client)
                .param("since", Timestamp.from(now.minus(settings.window())))
                .query((row, number) -> new Counts(
                        row.getLong("pair"),
                        row.getTimestamp("pair_last"),
                        row.getLong("address"),
                        row.getTimestamp("address_last"),
                        row.getLong("client"),
                        row.getTimestamp("client_last")))
                .single();
        Instant allowedAt = latest(
                next(
                        counts.pair(),
                        counts.pairLast(),
                        settings.addressAndClientFreeFailures(),
                        settings.addressAndClientFirstDelay(),
                        settings.addressAndClientMaxDelay()),
                next(
                        counts.address(),
                        counts.addressLast(),
                        settings.addressFreeFailures(),
                        settings.addressFirstDelay(),
                        settings.addressMaxDelay()),
                next(
                        counts.client(),
                        counts.clientLast(),
                        settings.clientFreeFailures(),
                        settings.clientFirstDelay(),
                        settings.clientMaxDelay()));
        if (counts.clientLast() != null && brakeEngaged(now)) {
            allowedAt = latest(allowedAt, counts.clientLast().toInstant().plus(settings.brakeDelay()));
        }
        if (allowedAt == null || !allowedAt.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, allowedAt));
    }

    void recordFailure(String address, String client) {
        String hash = addressHash(address);
        jdbc.sql("insert into identity_sign_in_failure (address_hash, client_address, failed_at) values (?, ?, ?)")
                .params(hash, client, Timestamp.from(clock.instant()))
                .update();
        // the address itself stays out of the log: it may be personal data or a mistyped password
        log.warn("Failed password check for address #{} from {}", hash.substring(0, 8), client);
    }

    /** The right password from this client: its earlier failures for this address no longer count. */
    void recordSuccess(String address, String client) {
        jdbc.sql("delete from identity_sign_in_failure where address_hash = ? and client_address = ?")
                .params(addressHash(address), client)
                .update();
    }

    /** Deletes failures too old to count; safe to run on every instance at once. */
    @Scheduled(
            initialDelayString = "${mekiki.identity.sign-in.purge-interval:10m}",
            fixedDelayString = "${mekiki.identity.sign-in.purge-interval:10m}")
    @Transactional
    public void purge() {
        int purged = jdbc.sql("delete from identity_sign_in_failure where failed_at < ?")
                .param(Timestamp.from(clock.instant().minus(settings.retention())))
                .update();
        if (purged > 0) {
            log.info("Purged {} failed sign-ins older than {}", purged, settings.retention());
        }
    }

    static String addressHash(String address) {
        return Secrets.hash(address.strip().toLowerCase(Locale.ROOT));
    }

    private boolean brakeEngaged(Instant now) {
        long recent = jdbc.sql("select count(*) from (select 1 from identity_sign_in_failure where failed_at > ?"
                        + " limit ?) recent")
                .params(Timestamp.from(now.minus(settings.brakeWindow())), settings.brakeThreshold())
                .query(Long.class)
                .single();
        boolean engaged = recent >= settings.brakeThreshold();
        Instant logged = brakeLogged.get();
        if (engaged && logged.plus(BRAKE_LOG_INTERVAL).isBefore(now) && brakeLogged.compareAndSet(logged, now)) {
            log.warn(
                    "Sign-in brake engaged: at least {} failed sign-ins within {}; clients that failed wait {}",
                    settings.brakeThreshold(),
                    settings.brakeWindow(),
                    settings.brakeDelay());
        }
        return engaged;
    }

    private static @Nullable Instant next(
            long failures, @Nullable Timestamp last, int freeFailures, Duration firstDelay, Duration maxDelay) {
        if (last == null || failures < freeFailures) {
            return null;
        }
        long doublings = failures - freeFailures;
        Duration delay = doublings >= 30 ? maxDelay : firstDelay.multipliedBy(1L << doublings);
        return last.toInstant().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    private static @Nullable Instant latest(@Nullable Instant... instants) {
        Instant latest = null;
        for (Instant instant : instants) {
            if (instant != null && (latest == null || instant.isAfter(latest))) {
                latest = instant;
            }
        }
        return latest;
    }

    private record Counts(
            long pair,
            @Nullable Timestamp pairLast,
            long address,
            @Nullable Timestamp addressLast,
            long client,
            @Nullable Timestamp clientLast) {}
}
