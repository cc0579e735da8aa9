package io.mekiki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The embedded PostgreSQL as an installation uses it: data that survives restarts, one process per directory. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsItsDataAcrossRestarts() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            execute(database, "create table memo (id int primary key, text text not null)");
            execute(database, "insert into memo values (1, '目利きの記録')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(queryText(database, "select text from memo where id = 1"))
                    .isEqualTo("目利きの記録");
        }
    }

    @Test
    void refusesASecondStartInThisProcessQuicklyAndKeepsTheFirstWorking() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory)) {
            execute(first, "create table memo (id int primary key)");
            long started = System.nanoTime();

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory))
                    .isInstanceOfSatisfying(
                            DataDirectoryInUseException.class,
                            refused -> assertThat(refused.dataDirectory())
                                    .isEqualTo(dataDirectory.toAbsolutePath().normalize()));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            execute(first, "insert into memo values (1)");
            assertThat(queryText(first, "select count(*)::text from memo")).isEqualTo("1");
        }
    }

    @Test
    void refusesASecondProcessOnTheSameDirectoryAndKeepsTheFirstWorking() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory)) {
            execute(first, "create table memo (id int primary key)");

            Process second = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            classPath(),
                            SecondInstance.class.getName(),
                            dataDirectory.toString()))
                    .redirectErrorStream(true)
                    .start();
            boolean ended = second.waitFor(60, TimeUnit.SECONDS);
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ended) {
                second.destroyForcibly();
            }

            assertThat(ended)
                    .as("the second process gives up at once: %s", output)
                    .isTrue();
            assertThat(second.exitValue()).as(output).isEqualTo(SecondInstance.IN_USE);
            execute(first, "insert into memo values (1)");
            assertThat(queryText(first, "select count(*)::text from memo")).isEqualTo("1");
        }
    }

    @Test
    void runsWithSettingsThatKeepAcknowledgedCommitsThroughACrash() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(queryText(database, "show fsync")).isEqualTo("on");
            assertThat(queryText(database, "show synchronous_commit")).isEqualTo("on");
            assertThat(queryText(database, "show full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void stopsTheServerThatAKilledMekikiLeftBehindAndKeepsItsData(CapturedOutput output) throws Exception {
        Process abandoning = startJava(Abandoning.class, dataDirectory.toString());
        try {
            awaitLine(abandoning, Abandoning.READY);
        } catch (AssertionError | RuntimeException e) {
            abandoning.destroyForcibly();
            throw e;
        }
        abandoning.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long leftBehind = postmasterPid();
        assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive))
                .as("PostgreSQL outlives the killed Mekiki")
                .contains(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(database.serverPid()).isPresent().isNotEqualTo(Optional.of(leftBehind));
            assertThat(queryText(database, "select text from memo where id = 1"))
                    .isEqualTo("written before the kill");
        }
        assertThat(output.getAll())
                .contains("still running on " + dataDirectory.toAbsolutePath().normalize())
                .contains("Stopped the PostgreSQL server (process " + leftBehind + ")");
    }

    @Test
    void startsTheServerAgainAfterItWasKilledWithEveryCommittedRow() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            execute(database, "create table memo (id int primary key)");
            execute(database, "insert into memo select generate_series(1, 500)");
            int port = database.port();
            assertThat(database.isServerRunning()).isTrue();

            killServer(database);

            assertThat(database.isServerRunning()).isFalse();
            database.restart();
            assertThat(database.isServerRunning()).isTrue();
            assertThat(database.port()).isEqualTo(port);
            assertThat(queryText(database, "select count(*)::text from memo")).isEqualTo("500");
        }
    }

    @Test
    void doesNotStartAnEmptyDatabaseWhenTheDataDirectoryHasGone() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            execute(database, "create table memo (id int primary key)");
            Path away = dataDirectory.resolve("postgres-away");
            Files.move(dataDirectory.resolve("postgres"), away);
            killServer(database);

            assertThatThrownBy(database::restart).hasMessageContaining("missing");
            assertThat(dataDirectory.resolve("postgres")).doesNotExist();

            Files.move(away, dataDirectory.resolve("postgres"));
            database.restart();
            assertThat(queryText(database, "select count(*)::text from memo")).isEqualTo("0");
        }
    }

    /** Kills the server's main process and all its workers at once, as an out-of-memory kill would. */
    static void killServer(EmbeddedDatabase database) throws InterruptedException {
        ProcessHandle postmaster =
                ProcessHandle.of(database.serverPid().orElseThrow()).orElseThrow();
        List<ProcessHandle> all =
                new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError("process " + process.pid() + " did not end", e);
            }
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(
                Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"))
                        .get(0)
                        .strip());
    }

    private Process startJava(Class<?> main, String argument) throws IOException {
        return new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath(),
                        main.getName(),
                        argument))
                .redirectErrorStream(true)
                .start();
    }

    private static void awaitLine(Process process, String expected) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.contains(expected)) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the process ended without saying " + expected + ":\n" + seen);
    }

    @Test
    void releasesTheDirectoryWhenClosed() {
        EmbeddedDatabase.start(dataDirectory).close();

        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(again.dataDirectory())
                    .isEqualTo(dataDirectory.toAbsolutePath().normalize());
        }
    }

    @Test
    void failureAnalysisNamesTheDirectoryAndWhatToDo() {
        FailureAnalyzer analyzer = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(
                        FailureAnalyzer.class,
                        null,
                        SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> {}))
                .stream()
                .filter(DataDirectoryInUseFailureAnalyzer.class::isInstance)
                .findFirst()
                .orElseThrow(() -> new AssertionError("DataDirectoryInUseFailureAnalyzer is not registered"));
        Path directory = Path.of("/srv/mekiki/data");
        Throwable startFailure = new BeanCreationException(
                "embeddedDatabase", "could not start", new DataDirectoryInUseException(directory));

        FailureAnalysis analysis = analyzer.analyze(startFailure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains(directory.toString());
        assertThat(analysis.getAction()).contains("MEKIKI_DATA_DIR");
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryText(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
    }

    /** Surefire may start the tests from a manifest-only jar; its own property has the real class path. */
    private static String classPath() {
        String testClassPath = System.getProperty("surefire.test.class.path");
        return testClassPath != null && !testClassPath.isBlank()
                ? testClassPath
                : System.getProperty("java.class.path");
    }

    /** A second Mekiki process trying to use the same data directory. */
    static final class SecondInstance {

        static final int STARTED = 0;
        static final int IN_USE = 3;

        public static void main(String[] arguments) {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(arguments[0]))) {
                System.exit(STARTED);
            } catch (DataDirectoryInUseException refused) {
                System.out.println(refused.getMessage());
                System.exit(IN_USE);
            }
        }
    }

    /** A Mekiki that starts its database, writes, and is then killed with {@code kill -9} by the test. */
    static final class Abandoning {

        static final String READY = "written and waiting to be killed";

        public static void main(String[] arguments) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(arguments[0]));
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement()) {
                statement.execute("create table memo (id int primary key, text text not null)");
                statement.execute("insert into memo values (1, 'written before the kill')");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }
}
