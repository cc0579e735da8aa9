package io.mekiki.audit.web;

import io.mekiki.audit.LedgerEntry;
import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.LedgerSubjects.SubjectName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns ledger entries into what a reader understands: a sentence in their language naming who did what
 * to which subject (by its name, linked to its page), and the change as labelled fields.
 */
@Component
class LedgerReading {

    static final String SYSTEM_ACTOR = "system";

    /**
     * The actor ids of people outside the organisation who act through a link without an account: a provider
     * contact answering a questionnaire (ADR 041), recorded as "name (provider)".
     */
    static final String EXTERNAL_CONTACT = "provider-contact:";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d)\uE001");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern IDENTIFIER =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{64}");
    static final List<String> VALUE_PREFIXES = List.of(
            "audit.value.",
            "decision.outcome.",
            "role.",
            "sector.",
            "category.",
            "assets.value.",
            "initiative.phase.",
            "initiative.gate.",
            "initiative.deployment.",
            "serviceModel.",
            "decision.evidenceKind.",
            // last: a subject type recorded in a change (e.g. a decision's subject) reads as its name
            "audit.subjectType.");

    private final MessageSource messages;
    private final ObjectProvider<LedgerSubjects> directories;

    LedgerReading(MessageSource messages, ObjectProvider<LedgerSubjects> directories) {
        this.messages = messages;
        this.directories = directories;
    }

    /** A part of a sentence: plain text, or a name (linked when its subject has a page). */
    record Part(String text, @Nullable String href, boolean name) {}

    /** One labelled field of a change; {@code before} is empty for facts recorded as they were. */
    record FieldChange(String label, String before, String after) {}

    /** An entry as the ledger page shows it. */
    record ReadableEntry(LedgerEntry entry, List<Part> sentence, List<FieldChange> fields, boolean comparison) {}

    List<ReadableEntry> read(UUID organizationId, List<LedgerEntry> entries, Locale locale) {
        Map<String, SubjectName> names = new HashMap<>();
        Map<String, Set<String>> wanted = new HashMap<>();
        entries.forEach(entry -> wanted.computeIfAbsent(entry.subjectType(), type -> new LinkedHashSet<>())
                .add(entry.subjectId()));
        resolve(organizationId, wanted, names, locale);
        Map<String, Set<String>> within = new HashMap<>();
        names.values().stream()
                .filter(name -> name.withinType() != null && name.withinId() != null)
                .forEach(name -> within.computeIfAbsent(name.withinType(), type -> new LinkedHashSet<>())
                        .add(name.withinId()));
        resolve(organizationId, within, names, locale);
        return entries.stream().map(entry -> readable(entry, names, locale)).toList();
    }

    /** The ids of subjects (of one type, or of every type) whose name contains the text. */
    List<String> idsNamed(UUID organizationId, @Nullable String subjectType, String text) {
        List<String> ids = new ArrayList<>();
        directories
                .orderedStream()
                .forEach(directory -> directory.subjectTypes().stream()
                        .filter(type -> subjectType == null || subjectType.equals(type))
                        .forEach(type -> ids.addAll(directory.idsNamed(organizationId, type, text))));
        return ids;
    }

    String subjectTypeLabel(String subjectType, Locale locale) {
        return message("audit.subjectType." + subjectType, locale, subjectType);
    }

    String actionLabel(String action, Locale locale) {
        return message("audit.action." + action, locale, action);
    }

    String actorLabel(Locale locale) {
        return message("audit.actor.system", locale, "Mekiki");
    }

    /** The person's name without the e-mail address the ledger keeps with it. */
    static String personName(String actorName) {
        int mail = actorName.lastIndexOf(" <");
        return mail > 0 && actorName.endsWith(">") ? actorName.substring(0, mail) : actorName;
    }

    private void resolve(
            UUID organizationId, Map<String, Set<String>> wanted, Map<String, SubjectName> names, Locale locale) {
        if (wanted.isEmpty()) {
            return;
        }
        directories.orderedStream().forEach(directory -> {
            for (String type : directory.subjectTypes()) {
                Collection<String> ids = wanted.get(type);
                if (ids != null && !ids.isEmpty()) {
                    directory
                            .names(organizationId, type, ids, locale)
                            .forEach((id, name) -> names.put(key(type, id), name));
                }
            }
        });
    }

    private ReadableEntry readable(LedgerEntry entry, Map<String, SubjectName> names, Locale locale) {
        JsonNode change = parse(entry.change());
        SubjectName subject = names.get(key(entry.subjectType(), entry.subjectId()));
        String subjectName = subject == null ? unnamed(entry.subjectType(), entry.subjectId(), locale) : subject.name();
        String subjectPath = subject == null ? null : subject.path();
        SubjectName within = subject == null || subject.withinType() == null
                ? null
                : names.get(key(subject.withinType(), subject.withinId()));
        String withinName = within != null
                ? within.name()
                : subject != null && subject.withinType() != null
                        ? unnamed(subject.withinType(), subject.withinId(), locale)
                        : "";
        String actor = SYSTEM_ACTOR.equals(entry.actorId())
                ? actorLabel(locale)
                : entry.actorId().startsWith(EXTERNAL_CONTACT)
                        ? message("audit.actor.providerContact", locale, "{0}").replace("{0}", entry.actorName())
                        : personName(entry.actorName());
        List<Part> sentence = sentence(
                sentencePattern(entry.action(), change, locale),
                List.of(
                        new Part(actor, null, true),
                        new Part(subjectName, subjectPath, true),
                        new Part(withinName, within == null ? null : within.path(), true),
                        new Part(actionLabel(entry.action(), locale), null, false)));
        List<FieldChange> fields = fields(entry.action(), change, locale);
        boolean comparison = fields.stream().anyMatch(field -> !field.before().isEmpty());
        return new ReadableEntry(entry, sentence, fields, comparison);
    }

    private String sentencePattern(String action, @Nullable JsonNode change, Locale locale) {
        if (change != null && change.has("outcome") && change.get("outcome").isString()) {
            String specific = messages.getMessage(
                    "audit.sentence." + action + "." + change.get("outcome").asString(), ARGUMENTS, null, locale);
            if (specific != null) {
                return specific;
            }
        }
        String pattern = messages.getMessage("audit.sentence." + action, ARGUMENTS, null, locale);
        return pattern != null ? pattern : messages.getMessage("audit.sentence.other", ARGUMENTS, locale);
    }

    /** Placeholders the message formatter keeps as markers, so that the names can become links. */
    private static final Object[] ARGUMENTS = {"\uE0000\uE001", "\uE0001\uE001", "\uE0002\uE001", "\uE0003\uE001"};

    private static List<Part> sentence(String pattern, List<Part> arguments) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                parts.add(new Part(pattern.substring(start, matcher.start()), null, false));
            }
            parts.add(arguments.get(Integer.parseInt(matcher.group(1))));
            start = matcher.end();
        }
        if (start < pattern.length()) {
            parts.add(new Part(pattern.substring(start), null, false));
        }
        return parts;
    }

    private List<FieldChange> fields(String action, @Nullable JsonNode change, Locale locale) {
        List<FieldChange> fields = new ArrayList<>();
        if (change == null || !change.isObject()) {
            return fields;
        }
        if (isComparison(change)) {
            fields.add(new FieldChange(
                    message("audit.field.change." + action, locale, message("audit.field.value", locale, "value")),
                    value(change.get("before"), locale),
                    value(change.get("after"), locale)));
            return fields;
        }
        for (Map.Entry<String, JsonNode> property : change.properties()) {
            JsonNode value = property.getValue();
            if (isComparison(value)) {
                if (!(identifier(value.get("before")) && identifier(value.get("after")))) {
                    fields.add(new FieldChange(
                            label(property.getKey(), locale),
                            value(value.get("before"), locale),
                            value(value.get("after"), locale)));
                }
            } else if (!empty(value) && !identifier(value)) {
                fields.add(new FieldChange(label(property.getKey(), locale), "", value(value, locale)));
            }
        }
        return fields;
    }

    /**
     * Ids and hashes (or lists of them) tell a reader nothing; they stay in the technical details, and the
     * subject's own id is the link of its name.
     */
    private static boolean identifier(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return true;
        }
        if (node.isString()) {
            return IDENTIFIER.matcher(node.asString()).matches();
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (!identifier(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean empty(JsonNode node) {
        return node.isNull()
                || node.isString() && node.asString().isBlank()
                || (node.isArray() || node.isObject()) && node.isEmpty();
    }

    private static boolean isComparison(JsonNode node) {
        return node.isObject() && node.size() == 2 && node.has("before") && node.has("after");
    }

    private String label(String key, Locale locale) {
        String whole = messages.getMessage("audit.field." + key, null, null, locale);
        if (whole != null) {
            return whole;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : key.split("\\.")) {
            segments.add(message("audit.field." + segment, locale, humanised(segment)));
        }
        return String.join(" › ", segments);
    }

    private String value(@Nullable JsonNode node, Locale locale) {
        if (node == null || node.isNull()) {
            return message("audit.value.none", locale, "—");
        }
        if (node.isBoolean()) {
            return message("audit.value." + node.asBoolean(), locale, String.valueOf(node.asBoolean()));
        }
        if (node.isString()) {
            String text = node.asString();
            if (CODE.matcher(text).matches()) {
                for (String prefix : VALUE_PREFIXES) {
                    String named = messages.getMessage(prefix + text, null, null, locale);
                    if (named != null) {
                        return named;
                    }
                }
            }
            return text.isEmpty() ? message("audit.value.none", locale, "—") : text;
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                return message("audit.value.none", locale, "—");
            }
            List<String> values = new ArrayList<>();
            node.forEach(element -> values.add(value(element, locale)));
            return String.join(message("audit.list.separator", locale, ", "), values);
        }
        if (node.isObject()) {
            List<String> values = new ArrayList<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                values.add(label(property.getKey(), locale) + ": " + value(property.getValue(), locale));
            }
            return String.join("; ", values);
        }
        return node.toString();
    }

    private String unnamed(String subjectType, @Nullable String subjectId, Locale locale) {
        String id = subjectId == null ? "" : subjectId;
        return subjectTypeLabel(subjectType, locale) + " " + (id.length() > 8 ? id.substring(0, 8) + "…" : id);
    }

    private String message(String code, Locale locale, String fallback) {
        String text = messages.getMessage(code, null, null, locale);
        return text == null ? fallback : text;
    }

    private static @Nullable JsonNode parse(String change) {
        try {
            return JSON.readTree(change);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    private static String humanised(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    private static String key(String type, @Nullable String id) {
        return type + "\n" + id;
    }
}
