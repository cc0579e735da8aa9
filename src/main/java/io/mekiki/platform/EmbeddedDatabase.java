package io.mekiki.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * A PostgreSQL server that runs inside the data directory and lives as long as the application.
 *
 * <p>A lock file guards the directory before the server starts: a second process on the same directory
 * must fail with a clear message instead of corrupting the database. A server left running by a Mekiki
 * that died is stopped before ours starts. The server runs with durable settings: a commit is
 * acknowledged only once its write-ahead log is on disk, so nothing acknowledged is lost when the server,
 * Mekiki or the machine crashes.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE_NAME = "mekiki";
    static final String LOCK_FILE = "mekiki.lock";

    /**
     * The library that starts PostgreSQL turns fsync off for tests; these settings, given after its own,
     * win. Verified at every start by {@link #verifyDurability}.
     */
    static final Map<String, String> DURABLE_SETTINGS =
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration FIRST_START_WAIT = Duration.ofSeconds(120);
    private static final Duration RESTART_WAIT = Duration.ofSeconds(20);

    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private volatile @Nullable ProcessHandle postmaster;
    private volatile List<ProcessHandle> serverProcesses = List.of();

    private EmbeddedDatabase(Path dataDirectory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.postmaster = findPostmaster();
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(
                    directory.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUseException(directory);
            }
            String previousOwner = recordOwner(channel);
            LeftoverServer.stopIfRunning(directory.resolve("postgres"), previousOwner);
            long started = System.nanoTime();
            EmbeddedPostgres postgres =
                    builder(directory).setPGStartupWait(FIRST_START_WAIT).start();
            createDatabaseIfMissing(postgres);
            verifyDurability(postgres);
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    directory.resolve("postgres"),
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(directory, channel, lock, postgres);
        } catch (IOException e) {
            release(lock, channel);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        } catch (RuntimeException e) {
            release(lock, channel);
            throw e;
        }
    }

    private static EmbeddedPostgres.Builder builder(Path directory) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("postgres"))
                .setCleanDataDirectory(false)
                // Mekiki stops the server itself, after the connection pool has closed.
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "localhost");
        DURABLE_SETTINGS.forEach(builder::setServerConfig);
        return builder;
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Writes this process's number into the lock file and says who held the directory before. */
    private static String recordOwner(FileChannel channel) throws IOException {
        ByteBuffer previous = ByteBuffer.allocate(64);
        channel.read(previous, 0);
        String before = new String(previous.array(), 0, previous.position(), StandardCharsets.US_ASCII).strip();
        channel.truncate(0);
        channel.write(
                ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(true);
        return before.isEmpty() ? "a Mekiki process" : "the Mekiki process " + before;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE_NAME);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE_NAME, e);
        }
    }

    private static void verifyDurability(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            for (var setting : DURABLE_SETTINGS.entrySet()) {
                try (var rows = statement.executeQuery("show " + setting.getKey())) {
                    rows.next();
                    if (!setting.getValue().equals(rows.getString(1))) {
                        throw new IllegalStateException("The embedded PostgreSQL runs with " + setting.getKey() + "="
                                + rows.getString(1) + "; Mekiki needs " + setting.getValue()
                                + " so that acknowledged work survives a crash");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the settings of the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE_NAME;
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server's main process number, as PostgreSQL records it in its data directory. */
    public Optional<Long> serverPid() {
        ProcessHandle current = postmaster;
        return current == null ? Optional.empty() : Optional.of(current.pid());
    }

    /**
     * Whether the server's main process still runs. Also remembers the server's worker processes, so that a
     * restart after a crash can wait for the ones that outlive it.
     */
    public boolean isServerRunning() {
        ProcessHandle current = postmaster;
        if (current == null || !current.isAlive()) {
            return false;
        }
        serverProcesses = current.descendants().toList();
        return true;
    }

    /**
     * Starts the server again on the same port and directory after it died, so that connection pools and
     * URLs stay valid. PostgreSQL replays its write-ahead log: every acknowledged commit is there again.
     */
    public synchronized void restart() {
        if (isServerRunning()) {
            return;
        }
        if (!Files.isRegularFile(dataDirectory.resolve("postgres").resolve("PG_VERSION"))) {
            // Never start an empty database in place of a missing one (an unmounted disk, a moved directory).
            throw new IllegalStateException("The data directory " + dataDirectory.resolve("postgres")
                    + " is missing or incomplete; not starting PostgreSQL on it");
        }
        // Workers of a killed server keep its shared memory until they notice; a new server cannot start before.
        LeftoverServer.awaitExit(serverProcesses, Duration.ofSeconds(10));
        closeQuietly(postgres);
        LeftoverServer.stopIfRunning(dataDirectory.resolve("postgres"), "this Mekiki");
        try {
            long started = System.nanoTime();
            postgres = builder(dataDirectory)
                    .setPort(port)
                    .setPGStartupWait(RESTART_WAIT)
                    .start();
            postmaster = findPostmaster();
            log.warn(
                    "Embedded PostgreSQL restarted on port {} ({} ms)",
                    port,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private @Nullable ProcessHandle findPostmaster() {
        return LeftoverServer.postmasterPid(dataDirectory.resolve("postgres").resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .orElse(null);
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(lock, lockChannel);
        }
    }

    /**
     * Releases what the library holds for a server that is already dead. Its attempt to stop that server
     * fails and it would log the failure as an error with a stack trace; our own lines say what happened.
     */
    private static void closeQuietly(EmbeddedPostgres postgres) {
        LoggingSystem logging = LoggingSystem.get(EmbeddedDatabase.class.getClassLoader());
        String library = EmbeddedPostgres.class.getName();
        LoggerConfiguration before = logging.getLoggerConfiguration(library);
        logging.setLogLevel(library, LogLevel.OFF);
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the dead embedded PostgreSQL failed", e);
        } finally {
            logging.setLogLevel(library, before == null ? null : before.getConfiguredLevel());
        }
    }

    private static void release(@Nullable FileLock lock, @Nullable FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            log.warn("Could not release the data directory lock", e);
        }
    }
}
