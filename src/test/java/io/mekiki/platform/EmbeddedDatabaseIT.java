package io.mekiki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** The embedded PostgreSQL as an installation uses it: data that survives restarts, one process per directory. */
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
}
