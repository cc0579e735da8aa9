package io.mekiki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real server port and its own embedded PostgreSQL in a fresh directory.
 * Every test class that extends this shares one application context (and one database): tests keep
 * out of each other's way by working in organisations of their own (see {@code IdentityFixtures}). Their mail
 * goes to one SMTP server in the test JVM ({@link TestSmtp}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationTest {

    private static final Path DATA_DIRECTORY = temporaryDirectory("mekiki-test-");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("mekiki.data-dir", DATA_DIRECTORY::toString);
        // every test context sends its mail to the SMTP server inside the test JVM (ADR 043)
        registry.add("mekiki.mail.smtp.host", () -> "127.0.0.1");
        registry.add("mekiki.mail.smtp.port", () -> TestSmtp.SERVER.getSmtp().getPort());
        registry.add("mekiki.mail.from", () -> "mekiki@example.test");
        // the daily reminder run would tell test users at 08:00 in Tokyo, whenever the suite runs then;
        // tests of reminders run them themselves (NotificationIT)
        registry.add("mekiki.reminders.enabled", () -> "false");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    public static Path temporaryDirectory(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
