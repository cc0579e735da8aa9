package io.mekiki.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Watches the database while Mekiki runs. When it stops answering, readiness goes down and requests are
 * refused at once (see {@link DatabaseUnavailableFilter}); an embedded server is started again on its
 * data directory; an embedded server that cannot be started again within
 * {@code mekiki.database.give-up-after} stops Mekiki with a clear message, so that a supervisor restarts
 * the whole application. An external server is waited for: it is somebody else's to restart.
 */
@Component
class DatabaseWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatchdog.class);
    static final int EXIT_DATABASE_LOST = 70;

    private final DatabaseAvailability availability;
    private final @Nullable EmbeddedDatabase embedded;
    private final DataSource dataSource;
    private final DatabaseSettings settings;
    private final ConfigurableApplicationContext context;
    private final ScheduledExecutorService scheduler;
    private @Nullable Connection probe;
    private boolean givenUp;

    DatabaseWatchdog(
            DatabaseAvailability availability,
            ObjectProvider<EmbeddedDatabase> embedded,
            DataSource dataSource,
            DatabaseSettings settings,
            ConfigurableApplicationContext context) {
        this.availability = availability;
        this.embedded = embedded.getIfAvailable();
        this.dataSource = dataSource;
        this.settings = settings;
        this.context = context;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mekiki-database-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWatching() {
        long interval = settings.checkInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::checkSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Asks for a check now, e.g. after a request failed for want of a connection. */
    void checkSoon() {
        if (!scheduler.isShutdown()) {
            scheduler.execute(this::checkSafely);
        }
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            log.error("The database check failed", e);
        }
    }

    synchronized void check() {
        if (givenUp) {
            return;
        }
        boolean answers = (embedded == null || embedded.isServerRunning()) && probeAnswers();
        if (answers) {
            Duration outage = availability.unavailableFor();
            if (availability.markAvailable()) {
                log.warn("The database answers again after {} s; Mekiki accepts requests again", outage.toSeconds());
            }
            return;
        }
        if (availability.markUnavailable()) {
            log.error(
                    embedded == null
                            ? "The database does not answer; Mekiki refuses requests with 503 until it is back"
                            : "The embedded PostgreSQL is not running; Mekiki refuses requests with 503 and restarts it");
        }
        if (embedded != null) {
            restartEmbedded();
        }
    }

    private void restartEmbedded() {
        try {
            embedded.restart();
            if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
                hikari.getHikariPoolMXBean().softEvictConnections();
            }
            if (probeAnswers() && availability.markAvailable()) {
                log.warn("The embedded PostgreSQL was restarted; Mekiki accepts requests again");
            }
        } catch (RuntimeException e) {
            Duration down = availability.unavailableFor();
            log.error(
                    "Restarting the embedded PostgreSQL failed after {} s of outage: {}",
                    down.toSeconds(),
                    e.toString());
            if (down.compareTo(settings.giveUpAfter()) >= 0) {
                giveUp(down);
            }
        }
    }

    private void giveUp(Duration down) {
        givenUp = true;
        log.error(
                "The embedded PostgreSQL in {} could not be started again for {} s. Mekiki stops now (exit code {})"
                        + " so that its supervisor can start it again; if it keeps failing, look at the PostgreSQL"
                        + " log lines above and at the free disk space of the data directory.",
                embedded.dataDirectory(),
                down.toSeconds(),
                EXIT_DATABASE_LOST);
        Thread stopper =
                new Thread(() -> System.exit(SpringApplication.exit(context, () -> EXIT_DATABASE_LOST)), "mekiki-stop");
        stopper.start();
    }

    private boolean probeAnswers() {
        int seconds = (int) Math.max(1, settings.probeTimeout().toSeconds());
        try {
            if (probe != null && probe.isValid(seconds)) {
                return true;
            }
            closeProbe();
            probe = openProbe();
            return probe.isValid(seconds);
        } catch (SQLException e) {
            closeProbe();
            log.debug("The database probe failed", e);
            return false;
        }
    }

    /**
     * A connection of its own, outside the pool, with short timeouts: a pool that waits for a free
     * connection must not hide an outage, and a dead server must not keep the check waiting.
     */
    private Connection openProbe() throws SQLException {
        if (!(dataSource instanceof HikariDataSource hikari)) {
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        String seconds = Long.toString(Math.max(1, settings.probeTimeout().toSeconds()));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("socketTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("ApplicationName", "mekiki-watchdog");
        return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
    }

    private void closeProbe() {
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
            probe = null;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            closeProbe();
        }
    }
}
