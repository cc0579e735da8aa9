package io.mekiki;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.identity.Role;
import io.mekiki.shared.LifeCyclePhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string exists in Japanese and in English. */
class I18nBundlesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** A literal key in {@code #{key}} or {@code #{key(arguments)}}; keys built from expressions are skipped. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

    private static final Properties JAPANESE = bundle("messages/messages.properties");
    private static final Properties ENGLISH = bundle("messages/messages_en.properties");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(ENGLISH.stringPropertyNames()))
                .as("keys in Japanese and English")
                .isEqualTo(new TreeSet<>(JAPANESE.stringPropertyNames()));
    }

    /** A key written twice silently takes its last value; an edit of the first copy would change nothing. */
    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            boolean continued = false;
            for (String line : Files.readAllLines(Path.of("src/main/resources/messages", bundle))) {
                String trimmed = line.strip();
                boolean entry =
                        !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
                if (entry) {
                    String key = trimmed.split("[=:\\s]", 2)[0];
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
                continued = (entry || continued) && trimmed.endsWith("\\");
            }
            assertThat(twice).as("keys written twice in " + bundle).isEmpty();
        }
    }

    /** Every action the ledger records reads as a named action in the auditor's language (literal actions only). */
    @Test
    void everyLedgerActionHasALabelInBothLanguages() throws IOException {
        Pattern literalAction = Pattern.compile("String action\\(\\)\\s*\\{\\s*return \"([a-z][A-Za-z0-9.-]+)\";");
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalAction.matcher(Files.readString(file));
                while (matcher.find()) {
                    actions.add(matcher.group(1));
                }
            }
        }
        assertThat(actions)
                .as("actions found in the sources")
                .hasSizeGreaterThan(50)
                .contains("assessment.finding.raised");
        assertThat(actions)
                .filteredOn(action -> !JAPANESE.containsKey("audit.action." + action)
                        || !ENGLISH.containsKey("audit.action." + action))
                .as("ledger actions without a label in messages.properties or messages_en.properties")
                .isEmpty();
    }

    /**
     * Spring formats a message only when it has arguments: in one without placeholders a doubled apostrophe (the
     * MessageFormat escape) would show doubled on the page.
     */
    @Test
    void aMessageWithoutPlaceholdersHasNoDoubledApostrophe() {
        for (Properties bundle : List.of(JAPANESE, ENGLISH)) {
            assertThat(bundle.stringPropertyNames())
                    .filteredOn(key -> bundle.getProperty(key).contains("''")
                            && !bundle.getProperty(key).matches("(?s).*\\{\\d.*"))
                    .as("messages without placeholders written with ''")
                    .isEmpty();
        }
    }

    @Test
    void noMessageIsEmpty() {
        assertThat(JAPANESE.stringPropertyNames())
                .filteredOn(key -> JAPANESE.getProperty(key).isBlank())
                .as("empty Japanese messages")
                .isEmpty();
        assertThat(ENGLISH.stringPropertyNames())
                .filteredOn(key -> ENGLISH.getProperty(key).isBlank())
                .as("empty English messages")
                .isEmpty();
    }

    @Test
    void japaneseMessagesAreJapanese() {
        assertThat(JAPANESE.getProperty("login.title")).isNotEqualTo(ENGLISH.getProperty("login.title"));
        assertThat(JAPANESE.getProperty("login.title")).matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
    }

    @Test
    void everyKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsedInTemplates();

        assertThat(used).as("keys found in templates").isNotEmpty().contains("login.title", "app.name");
        assertThat(used)
                .filteredOn(key -> !JAPANESE.containsKey(key))
                .as("keys missing in messages.properties")
                .isEmpty();
        assertThat(used)
                .filteredOn(key -> !ENGLISH.containsKey(key))
                .as("keys missing in messages_en.properties")
                .isEmpty();
    }

    @Test
    void keysBuiltInTemplatesExistForEveryValue() {
        for (Role role : Role.values()) {
            assertThat(JAPANESE).containsKey("role." + role.name());
            assertThat(ENGLISH).containsKey("role." + role.name());
        }
        for (LifeCyclePhase phase : LifeCyclePhase.values()) {
            for (String key : new String[] {phase.messageKey(), phase.messageKey() + ".summary"}) {
                assertThat(JAPANESE).containsKey(key);
                assertThat(ENGLISH).containsKey(key);
            }
        }
    }

    private static Set<String> keysUsedInTemplates() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = MESSAGE_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
