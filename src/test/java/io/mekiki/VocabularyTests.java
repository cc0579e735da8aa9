package io.mekiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One name per concept: the vocabulary table of docs/ui-conventions.md, kept machine-readable in
 * src/test/resources/vocabulary.tsv, holds for the message bundles, the templates and the API
 * descriptions. A concept's other names must not appear; the keys that name it say exactly its name.
 */
class VocabularyTests {

    private static final Path TABLE = Path.of("src/test/resources/vocabulary.tsv");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CONVENTIONS = Path.of("docs/ui-conventions.md");

    private static final Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Concept> concepts;
    private static Map<String, String> japanese;
    private static Map<String, String> english;

    record Concept(String name, String ja, String en, List<String> keys, List<String> notJa, List<String> notEn) {}

    @BeforeAll
    static void readTheTableAndTheBundles() throws IOException {
        concepts = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSize(6);
            concepts.add(new Concept(cells[0], cells[1], cells[2], list(cells[3]), list(cells[4]), list(cells[5])));
        }
        japanese = bundle(BUNDLES.resolve("messages.properties"));
        english = bundle(BUNDLES.resolve("messages_en.properties"));
    }

    @Test
    void theKeysThatNameAConceptSayItsOneName() {
        List<String> wrong = new ArrayList<>();
        for (Concept concept : concepts) {
            for (String key : concept.keys()) {
                if (!concept.ja().equals(japanese.get(key))) {
                    wrong.add(key + " (ja) says \"" + japanese.get(key) + "\", not \"" + concept.ja() + "\"");
                }
                if (!concept.en().equals(english.get(key))) {
                    wrong.add(key + " (en) says \"" + english.get(key) + "\", not \"" + concept.en() + "\"");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noConceptGoesByAnotherNameInTheBundles() {
        List<String> found = new ArrayList<>();
        japanese.forEach((key, text) -> found.addAll(otherNames("messages.properties " + key, text, true)));
        english.forEach((key, text) -> found.addAll(otherNames("messages_en.properties " + key, text, false)));
        assertThat(found).isEmpty();
    }

    @Test
    void noConceptGoesByAnotherNameInTheTemplatesOrTheApiDescriptions() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            found.addAll(otherNames(file.toString(), text, true));
            found.addAll(otherNames(file.toString(), text, false));
        }
        // the OpenAPI descriptions are written in English, in the API's classes
        for (Path file : files(SOURCES, "Api.java")) {
            found.addAll(otherNames(file.toString(), Files.readString(file, StandardCharsets.UTF_8), false));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noConceptGoesByAnotherNameInTheDocs() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> docs = new ArrayList<>(files(Path.of("docs"), ".md"));
        docs.add(Path.of("README.md"));
        for (Path file : docs) {
            if (file.equals(CONVENTIONS)) {
                continue; // the table names the other names, to forbid them
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            found.addAll(otherNames(file.toString(), text, true));
            found.addAll(otherNames(file.toString(), text, false));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theConventionsShowEveryConceptOfTheTable() throws IOException {
        String conventions = Files.readString(CONVENTIONS, StandardCharsets.UTF_8);
        assertThat(conventions).contains("src/test/resources/vocabulary.tsv");
        for (Concept concept : concepts) {
            assertThat(conventions)
                    .as(concept.name())
                    .contains("| " + concept.name() + " | " + concept.ja() + " | " + concept.en() + " |");
        }
    }

    /**
     * The other names of concepts in the text. Japanese names are found anywhere; English names as whole
     * words, as written (a name of several words also starting in lower case). An other name inside a longer name of the table (チェック項目 inside
     * チェック項目カタログ) is that name, not the other one.
     */
    private static List<String> otherNames(String where, String text, boolean inJapanese) {
        List<String> found = new ArrayList<>();
        for (Concept concept : concepts) {
            for (String other : inJapanese ? concept.notJa() : concept.notEn()) {
                Pattern pattern = PATTERNS.computeIfAbsent(
                        other + (inJapanese ? "\u0000ja" : ""), key -> pattern(other, inJapanese));
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    if (!insideAPreferredName(text, matcher.start(), matcher.end(), other, inJapanese)) {
                        found.add(where + ": \"" + other + "\" for " + concept.name() + " (say \""
                                + (inJapanese ? concept.ja() : concept.en()) + "\")");
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static Pattern pattern(String other, boolean inJapanese) {
        // English as written; a name of several words also inside a sentence, starting in lower case.
        // Codes and identifiers (ADMIN, /admin/users, admin) are not names.
        String inSentence = other.contains(" ")
                ? "|" + Pattern.quote(Character.toLowerCase(other.charAt(0)) + other.substring(1))
                : "";
        return inJapanese
                ? Pattern.compile(Pattern.quote(other))
                : Pattern.compile("(?<![\\p{L}\\p{N}/])(" + Pattern.quote(other) + inSentence + ")(?![\\p{L}\\p{N}])");
    }

    private static boolean insideAPreferredName(String text, int start, int end, String other, boolean inJapanese) {
        for (Concept concept : concepts) {
            String preferred = inJapanese ? concept.ja() : concept.en();
            if (preferred.length() <= other.length() || !preferred.toLowerCase().contains(other.toLowerCase())) {
                continue;
            }
            int from = Math.max(0, end - preferred.length());
            int to = Math.min(text.length(), start + preferred.length());
            if (text.substring(from, to).toLowerCase().contains(preferred.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> list(String cell) {
        return cell.equals("-") ? List.of() : Arrays.asList(cell.split("\\|"));
    }

    private static Map<String, String> bundle(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> messages = new LinkedHashMap<>();
        properties.stringPropertyNames().stream()
                .sorted()
                .forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
