package io.mekiki.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that a Mekiki process started on this data directory and left running when it died
 * ({@code kill -9}, a crash, an out-of-memory kill): PostgreSQL detaches from the process that starts it,
 * so it outlives Mekiki and holds the directory.
 *
 * <p>Only called while this process holds the data directory's lock, which a live Mekiki never gives up:
 * a server found then belongs to a dead Mekiki and nobody else can be using it.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private LeftoverServer() {}

    /**
     * Stops the server recorded in {@code postmaster.pid}, if one still runs, and removes a pid file whose
     * process number now belongs to another program. Returns what it did, for the log and for tests.
     */
    static Outcome stopIfRunning(Path postgresDirectory, String previousOwner) {
        Path pidFile = postgresDirectory.resolve("postmaster.pid");
        Optional<Long> pid = postmasterPid(pidFile);
        if (pid.isEmpty()) {
            return Outcome.NONE;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info(
                    "The embedded PostgreSQL in {} was not shut down cleanly last time (process {} is gone);"
                            + " it recovers from its write-ahead log now",
                    postgresDirectory,
                    pid.get());
            return Outcome.STALE_PID_FILE;
        }
        if (!isPostgres(process.get())) {
            log.warn(
                    "{} names process {}, which is no longer PostgreSQL ({}); removing the stale file",
                    pidFile,
                    pid.get(),
                    process.get().info().command().orElse("unknown program"));
            deleteQuietly(pidFile);
            return Outcome.STALE_PID_FILE;
        }
        log.warn(
                "Found the embedded PostgreSQL (process {}) still running on {}, left behind by {} that is no"
                        + " longer running; stopping it before starting our own",
                pid.get(),
                postgresDirectory,
                previousOwner);
        stop(process.get());
        log.warn("Stopped the PostgreSQL server (process {}) left behind on {}", pid.get(), postgresDirectory);
        return Outcome.STOPPED;
    }

    /** Waits until the processes are gone, ending them by force when they do not go on their own. */
    static void awaitExit(List<ProcessHandle> processes, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        for (ProcessHandle process : processes) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!waitFor(process, Duration.ofNanos(left))) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(5));
            }
        }
    }

    private static void stop(ProcessHandle postmaster) {
        List<ProcessHandle> children = postmaster.descendants().toList();
        // SIGINT is PostgreSQL's fast shutdown: it ends open sessions, writes a checkpoint and exits cleanly.
        signal(postmaster, "INT");
        if (waitFor(postmaster, FAST_SHUTDOWN_WAIT)) {
            awaitExit(children, Duration.ofSeconds(10));
            return;
        }
        // SIGQUIT is the immediate shutdown: no checkpoint, the next start replays the write-ahead log.
        signal(postmaster, "QUIT");
        if (!waitFor(postmaster, IMMEDIATE_SHUTDOWN_WAIT)) {
            throw new IllegalStateException("Could not stop the PostgreSQL server (process " + postmaster.pid()
                    + ") left behind on the data directory; stop it by hand and start Mekiki again");
        }
        awaitExit(children, Duration.ofSeconds(10));
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("Could not run kill -{} {}", signal, process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Without a kill command (or when it failed) the JDK can still send SIGTERM, PostgreSQL's smart shutdown.
        process.destroy();
    }

    private static boolean waitFor(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(Math.max(1, patience.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // When the command cannot be read (another user's process on some systems), trust the pid file:
        // PostgreSQL itself would refuse to start while that process lives.
        return process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(true);
    }

    static Optional<Long> postmasterPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}", file, e);
        }
    }

    enum Outcome {
        NONE,
        STALE_PID_FILE,
        STOPPED
    }
}
