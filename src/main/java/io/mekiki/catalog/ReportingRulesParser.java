package io.mekiki.catalog;

import io.mekiki.catalog.ReportingRules.AppliesWhen;
import io.mekiki.catalog.ReportingRules.Longer;
import io.mekiki.catalog.ReportingRules.Report;
import io.mekiki.catalog.ReportingRules.Rule;
import io.mekiki.catalog.ReportingRules.Trigger;
import io.mekiki.shared.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a reporting-rules file (ADR 036) and refuses anything it does not know: every problem is listed with
 * where it is, so that a bad bundled file stops the start with a clear message.
 */
final class ReportingRulesParser {

    private final List<String> problems = new ArrayList<>();

    private ReportingRulesParser() {}

    /** @throws IllegalArgumentException listing every problem of the text */
    static ReportingRules parse(String name, String text) {
        ReportingRulesParser parser = new ReportingRulesParser();
        ReportingRules rules = parser.read(text);
        if (!parser.problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "The reporting rules " + name + " are invalid:\n  " + String.join("\n  ", parser.problems));
        }
        return rules;
    }

    private ReportingRules read(String text) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Map<String, Object> top = map(root, "");
        Map<String, Object> head = map(top.get("reportingRules"), "reportingRules");
        String id = string(head.get("id"), "reportingRules.id");
        LocalDate published = date(head.get("publishedOn"), "reportingRules.publishedOn");
        LocalizedText title = text(head.get("title"), "reportingRules.title");
        List<String> releases = new ArrayList<>();
        list(head.get("releases"), "reportingRules.releases")
                .forEach(release -> releases.add(string(release, "reportingRules.releases[]")));
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Object> ruleNodes = list(top.get("rules"), "rules");
        for (int i = 0; i < ruleNodes.size(); i++) {
            Rule rule = rule(map(ruleNodes.get(i), "rules[" + i + "]"), "rules[" + i + "]");
            if (!ids.add(rule.id())) {
                problems.add("rules[" + i + "].id: used twice (" + rule.id() + ")");
            }
            rules.add(rule);
        }
        return new ReportingRules(id, published, title, releases, rules);
    }

    private Rule rule(Map<String, Object> node, String at) {
        Map<String, Object> when = map(node.get("appliesWhen"), at + ".appliesWhen");
        Set<String> types =
                names(when.get("incidentTypes"), at + ".appliesWhen.incidentTypes", ReportingRules.INCIDENT_TYPES);
        if (types.isEmpty()) {
            problems.add(at + ".appliesWhen.incidentTypes: name at least one incident type");
        }
        List<Trigger> anyOf = new ArrayList<>();
        if (when.get("anyOf") != null) {
            List<Object> triggers = list(when.get("anyOf"), at + ".appliesWhen.anyOf");
            for (int i = 0; i < triggers.size(); i++) {
                anyOf.add(trigger(
                        map(triggers.get(i), at + ".appliesWhen.anyOf[" + i + "]"),
                        at + ".appliesWhen.anyOf[" + i + "]"));
            }
        }
        Map<String, Boolean> organization = new LinkedHashMap<>();
        if (when.get("organization") != null) {
            map(when.get("organization"), at + ".appliesWhen.organization").forEach((key, value) -> {
                if (!"criticalInfrastructure".equals(key) || !Boolean.TRUE.equals(value)) {
                    problems.add(
                            at + ".appliesWhen.organization." + key + ": only criticalInfrastructure: true is known");
                } else {
                    organization.put(key, true);
                }
            });
        }
        AppliesWhen appliesWhen = new AppliesWhen(
                types,
                names(when.get("allOf"), at + ".appliesWhen.allOf", ReportingRules.FACTS),
                anyOf,
                names(when.get("unless"), at + ".appliesWhen.unless", ReportingRules.FACTS),
                organization);
        List<Report> reports = new ArrayList<>();
        List<Object> reportNodes = list(node.get("reports"), at + ".reports");
        if (reportNodes.isEmpty()) {
            problems.add(at + ".reports: name at least one report");
        }
        for (int i = 0; i < reportNodes.size(); i++) {
            reports.add(report(map(reportNodes.get(i), at + ".reports[" + i + "]"), at + ".reports[" + i + "]"));
        }
        return new Rule(
                string(node.get("id"), at + ".id"),
                text(node.get("name"), at + ".name"),
                text(node.get("authority"), at + ".authority"),
                text(node.get("basis"), at + ".basis"),
                confidence(node.get("confidence"), at + ".confidence"),
                appliesWhen,
                reports);
    }

    private Trigger trigger(Map<String, Object> node, String at) {
        Object fact = node.get("fact");
        Object above = node.get("affectedPersonsAbove");
        if ((fact == null) == (above == null) || node.size() != 1) {
            problems.add(at + ": give either fact or affectedPersonsAbove");
            return new Trigger(null, null);
        }
        if (fact != null) {
            String name = string(fact, at + ".fact");
            if (!ReportingRules.FACTS.contains(name)) {
                problems.add(at + ".fact: unknown fact " + name);
            }
            return new Trigger(name, null);
        }
        return new Trigger(null, whole(above, at + ".affectedPersonsAbove"));
    }

    private Report report(Map<String, Object> node, String at) {
        Integer within = node.get("withinDays") == null ? null : whole(node.get("withinDays"), at + ".withinDays");
        Longer longer = null;
        if (node.get("longerWhen") != null) {
            Map<String, Object> longerNode = map(node.get("longerWhen"), at + ".longerWhen");
            String fact = string(longerNode.get("fact"), at + ".longerWhen.fact");
            if (!ReportingRules.FACTS.contains(fact)) {
                problems.add(at + ".longerWhen.fact: unknown fact " + fact);
            }
            longer = new Longer(fact, whole(longerNode.get("withinDays"), at + ".longerWhen.withinDays"));
            if (within == null) {
                problems.add(at + ".longerWhen: needs withinDays");
            }
        }
        List<LocalizedText> contents = new ArrayList<>();
        List<Object> contentNodes = list(node.get("contents"), at + ".contents");
        for (int i = 0; i < contentNodes.size(); i++) {
            contents.add(text(contentNodes.get(i), at + ".contents[" + i + "]"));
        }
        return new Report(
                string(node.get("id"), at + ".id"),
                text(node.get("name"), at + ".name"),
                within,
                longer,
                text(node.get("deadlineNote"), at + ".deadlineNote"),
                confidence(node.get("confidence"), at + ".confidence"),
                contents);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object node, String at) {
        if (node instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        problems.add(at + ": expected a mapping");
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

    private int whole(Object node, String at) {
        if (node instanceof Integer number && number > 0) {
            return number;
        }
        problems.add(at + ": expected a whole number above 0");
        return 1;
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
        String ja = string(texts.get("ja"), at + ".ja");
        String en = string(texts.get("en"), at + ".en");
        return new LocalizedText(ja, en);
    }

    private Confidence confidence(Object node, String at) {
        String name = string(node, at);
        try {
            return Confidence.valueOf(name);
        } catch (IllegalArgumentException e) {
            problems.add(at + ": one of CONFIRMED, SECONDARY, UNCONFIRMED");
            return Confidence.UNCONFIRMED;
        }
    }

    private Set<String> names(Object node, String at, Set<String> known) {
        if (node == null) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Object element : list(node, at)) {
            String name = string(element, at + "[]");
            if (!known.contains(name)) {
                problems.add(at + ": unknown value " + name);
            }
            names.add(name);
        }
        return names;
    }
}
