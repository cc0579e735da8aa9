package io.mekiki.catalog;

import io.mekiki.catalog.CheckItem.Basis;
import io.mekiki.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one release to another: items added, removed and changed field by field, and per
 * section how many items it holds before and after and whether the scoping rule set decides it differently.
 *
 * @param scopingRulesBefore the rule set of {@code from}
 * @param scopingRulesAfter the rule set of the release compared
 */
public record ReleaseChanges(
        String from,
        String to,
        int scopingRulesBefore,
        int scopingRulesAfter,
        List<CheckItem> itemsAdded,
        List<CheckItem> itemsRemoved,
        List<ItemChange> itemsChanged,
        List<SectionChange> sectionsChanged) {

    /** Sections whose rule differs between rule set 1 and 2 (besides those rule set 2 added). */
    private static final List<Section> RULE_CHANGED_IN_2 =
            List.of(Section.INTERNAL_CONTROL, Section.TECHNOLOGY_EXPORT, Section.TAX_RECORDS, Section.OVERSEAS);

    public ReleaseChanges {
        itemsAdded = List.copyOf(itemsAdded);
        itemsRemoved = List.copyOf(itemsRemoved);
        itemsChanged = List.copyOf(itemsChanged);
        sectionsChanged = List.copyOf(sectionsChanged);
    }

    /**
     * One changed field of an item: texts in both languages, other values as their codes.
     *
     * @param before the value in {@code from}; null when the field was empty
     * @param after the value in the release compared; null when the field is empty
     */
    public record FieldChange(
            String field,
            @Nullable LocalizedText before,
            @Nullable LocalizedText after) {}

    /** An item kept under its id whose content changed. */
    public record ItemChange(String id, Section section, LocalizedText title, List<FieldChange> fields) {
        public ItemChange {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A section whose items or rule changed.
     *
     * @param ruleChanged whether the scoping engine decides differently when the section applies
     */
    public record SectionChange(
            Section section,
            long itemsBefore,
            long itemsAfter,
            int added,
            int removed,
            int changed,
            boolean ruleChanged) {}

    public static ReleaseChanges between(CatalogRelease from, CatalogRelease to) {
        Map<String, CheckItem> before = byId(from);
        Map<String, CheckItem> after = byId(to);
        List<CheckItem> added = to.items().stream()
                .filter(item -> !before.containsKey(item.id()))
                .toList();
        List<CheckItem> removed = from.items().stream()
                .filter(item -> !after.containsKey(item.id()))
                .toList();
        List<ItemChange> changed = new ArrayList<>();
        for (CheckItem item : to.items()) {
            CheckItem was = before.get(item.id());
            if (was != null) {
                List<FieldChange> fields = fields(was, item);
                if (!fields.isEmpty()) {
                    changed.add(new ItemChange(item.id(), item.section(), item.title(), fields));
                }
            }
        }
        Map<Section, Long> countsBefore = from.itemCountBySection();
        Map<Section, Long> countsAfter = to.itemCountBySection();
        List<SectionChange> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            int sectionAdded = count(added, section);
            int sectionRemoved = count(removed, section);
            int sectionChanged = (int) changed.stream()
                    .filter(change -> change.section() == section)
                    .count();
            boolean ruleChanged = ruleChanged(section, from.scopingRules(), to.scopingRules());
            if (sectionAdded + sectionRemoved + sectionChanged > 0 || ruleChanged) {
                sections.add(new SectionChange(
                        section,
                        countsBefore.getOrDefault(section, 0L),
                        countsAfter.getOrDefault(section, 0L),
                        sectionAdded,
                        sectionRemoved,
                        sectionChanged,
                        ruleChanged));
            }
        }
        return new ReleaseChanges(
                from.id(), to.id(), from.scopingRules(), to.scopingRules(), added, removed, changed, sections);
    }

    private static boolean ruleChanged(Section section, int rulesBefore, int rulesAfter) {
        if (rulesBefore == rulesAfter) {
            return false;
        }
        boolean knownBefore = section.sinceScopingRules() <= rulesBefore;
        boolean knownAfter = section.sinceScopingRules() <= rulesAfter;
        return knownBefore != knownAfter
                || (Math.min(rulesBefore, rulesAfter) < 2
                        && Math.max(rulesBefore, rulesAfter) >= 2
                        && RULE_CHANGED_IN_2.contains(section));
    }

    private static int count(List<CheckItem> items, Section section) {
        return (int) items.stream().filter(item -> item.section() == section).count();
    }

    private static Map<String, CheckItem> byId(CatalogRelease release) {
        return release.items().stream().collect(Collectors.toMap(CheckItem::id, Function.identity()));
    }

    private static List<FieldChange> fields(CheckItem was, CheckItem now) {
        List<FieldChange> fields = new ArrayList<>();
        code(fields, "section", was.section().name(), now.section().name());
        code(fields, "phase", was.phase().name(), now.phase().name());
        text(fields, "title", was.title(), now.title());
        text(fields, "guidance", was.guidance(), now.guidance());
        text(fields, "question", was.question(), now.question());
        text(fields, "evidence", was.evidence(), now.evidence());
        text(fields, "basis", basis(was.basis()), basis(now.basis()));
        code(fields, "confidence", was.confidence().name(), now.confidence().name());
        code(fields, "appliesWhen", conditions(was.appliesWhen()), conditions(now.appliesWhen()));
        code(fields, "risks", risks(was), risks(now));
        code(fields, "weight", Integer.toString(was.weight()), Integer.toString(now.weight()));
        return fields;
    }

    private static void text(List<FieldChange> into, String field, LocalizedText before, LocalizedText after) {
        if (!Objects.equals(before, after)) {
            into.add(new FieldChange(field, before, after));
        }
    }

    private static void code(List<FieldChange> into, String field, String before, String after) {
        if (!before.equals(after)) {
            into.add(new FieldChange(
                    field,
                    before.isEmpty() ? null : new LocalizedText(before, before),
                    after.isEmpty() ? null : new LocalizedText(after, after)));
        }
    }

    private static LocalizedText basis(List<Basis> basis) {
        return new LocalizedText(
                basis.stream()
                        .map(entry -> entry.referenceId()
                                + (entry.article() == null
                                        ? ""
                                        : " " + entry.article().ja()))
                        .collect(Collectors.joining(", ")),
                basis.stream()
                        .map(entry -> entry.referenceId()
                                + (entry.article() == null
                                        ? ""
                                        : " " + entry.article().en()))
                        .collect(Collectors.joining(", ")));
    }

    private static String risks(CheckItem item) {
        return item.risks().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    /** The item's own condition as YAML would write it, keys in a fixed order. */
    private static String conditions(Applicability when) {
        List<String> parts = new ArrayList<>();
        list(
                parts,
                "assetCategories",
                when.assetCategories().stream().map(Enum::name).sorted().toList());
        list(parts, "sectors", when.sectors().stream().map(Enum::name).sorted().toList());
        list(
                parts,
                "serviceModels",
                when.serviceModels().stream().map(Enum::name).sorted().toList());
        flag(parts, "foreignDataLocation", when.foreignDataLocation());
        flag(parts, "foreignProvider", when.foreignProvider());
        flag(parts, "anythingForeign", when.anythingForeign());
        flag(parts, "listed", when.listed());
        flag(parts, "largeCompanyWithBoard", when.largeCompanyWithBoard());
        flag(parts, "financialReporting", when.financialReporting());
        flag(parts, "nonResidentAccess", when.nonResidentAccess());
        flag(parts, "criticalInfrastructure", when.criticalInfrastructure());
        flag(parts, "possibleTaxRecords", when.possibleTaxRecords());
        return parts.isEmpty() ? "{}" : "{" + String.join(", ", parts) + "}";
    }

    private static void list(List<String> parts, String key, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(key + ": [" + String.join(", ", values) + "]");
        }
    }

    private static void flag(List<String> parts, String key, @Nullable Boolean value) {
        if (value != null) {
            parts.add(key + ": " + value);
        }
    }
}
