package io.mekiki.questionnaire.internal.caiq;

import io.mekiki.questionnaire.internal.caiq.CaiqMapping.Coverage;
import io.mekiki.questionnaire.internal.caiq.CaiqMapping.Entry;
import io.mekiki.shared.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a CAIQ mapping file (ADR 042) and refuses anything it does not know: every problem is listed with where
 * it is, so that a bad bundled file stops the start with a clear message.
 */
final class CaiqMappingParser {

    private final List<String> problems = new ArrayList<>();

    private CaiqMappingParser() {}

    /** @throws IllegalArgumentException listing every problem of the text */
    static CaiqMapping parse(String name, String text) {
        CaiqMappingParser parser = new CaiqMappingParser();
        CaiqMapping mapping = parser.read(text);
        if (!parser.problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "The CAIQ mapping " + name + " is invalid:\n  " + String.join("\n  ", parser.problems));
        }
        return mapping;
    }

    private CaiqMapping read(String text) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Map<String, Object> top = map(root, "");
        Map<String, Object> head = map(top.get("caiqMapping"), "caiqMapping");
        String id = string(head.get("id"), "caiqMapping.id");
        String version = string(head.get("caiqVersion"), "caiqMapping.caiqVersion");
        if (!version.isEmpty() && !version.equals("4.1")) {
            problems.add("caiqMapping.caiqVersion: only CAIQ 4.1 is read (" + version + ")");
        }
        LocalDate published = date(head.get("publishedOn"), "caiqMapping.publishedOn");
        LocalizedText title = text(head.get("title"), "caiqMapping.title");
        List<String> releases = new ArrayList<>();
        list(head.get("releases"), "caiqMapping.releases")
                .forEach(release -> releases.add(string(release, "caiqMapping.releases[]")));
        if (releases.isEmpty()) {
            problems.add("caiqMapping.releases: name at least one catalogue release");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> items = new HashSet<>();
        List<Object> nodes = list(top.get("mappings"), "mappings");
        for (int i = 0; i < nodes.size(); i++) {
            String at = "mappings[" + i + "]";
            Entry entry = entry(map(nodes.get(i), at), at);
            if (!items.add(entry.item())) {
                problems.add(at + ".item: the check item " + entry.item() + " is mapped twice");
            }
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            problems.add("mappings: map at least one check item");
        }
        return new CaiqMapping(id, version, published, releases, title, entries);
    }

    private Entry entry(Map<String, Object> node, String at) {
        for (String key : node.keySet()) {
            if (!Set.of("item", "questions", "coverage", "note").contains(key)) {
                problems.add(at + "." + key + ": unknown key");
            }
        }
        String item = string(node.get("item"), at + ".item");
        List<String> questions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object question : list(node.get("questions"), at + ".questions")) {
            String id = string(question, at + ".questions[]");
            if (!CaiqQuestionIds.valid(id)) {
                problems.add(at + ".questions: " + id + " is not a CAIQ v4 question id (e.g. DSP-19.1)");
            } else if (!seen.add(id)) {
                problems.add(at + ".questions: " + id + " is named twice");
            }
            questions.add(id);
        }
        if (questions.isEmpty()) {
            problems.add(at + ".questions: name at least one CAIQ question");
        }
        Coverage coverage = Coverage.PARTIAL;
        String name = string(node.get("coverage"), at + ".coverage");
        try {
            coverage = Coverage.valueOf(name);
        } catch (IllegalArgumentException e) {
            problems.add(at + ".coverage: one of FULL, PARTIAL");
        }
        return new Entry(item, questions, coverage, text(node.get("note"), at + ".note"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object node, String at) {
        if (node instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        problems.add((at.isEmpty() ? "(file)" : at) + ": expected a mapping");
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object node, String at) {
        if (node instanceof List<?> list) {
            return (List<Object>) list;
        }
        problems.add(at + ": expected a list");
        return List.of();
    }

    private String string(Object node, String at) {
        if (node instanceof String text && !text.isBlank()) {
            return text;
        }
        problems.add(at + ": expected a text");
        return "";
    }

    private LocalDate date(Object node, String at) {
        if (node instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (node instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(at + ": expected a date (YYYY-MM-DD)");
        return LocalDate.EPOCH;
    }

    private LocalizedText text(Object node, String at) {
        Map<String, Object> texts = map(node, at);
        return new LocalizedText(string(texts.get("ja"), at + ".ja"), string(texts.get("en"), at + ".en"));
    }
}
