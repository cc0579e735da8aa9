package io.mekiki.initiative;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mekiki.catalog.Section;
import io.mekiki.scoping.Reason;
import io.mekiki.scoping.Reason.Country;
import io.mekiki.scoping.ScopingResult;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.CanonicalJson;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The scoping of an initiative as it was computed and kept: the catalogue release, the sections and
 * items that apply with their reasons, and the sections that do not with theirs.
 */
public record ScopingSnapshot(
        String release, List<SectionEntry> sections, List<ItemEntry> items, List<SectionEntry> notApplicable) {

    public ScopingSnapshot {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        notApplicable = List.copyOf(notApplicable);
    }

    public static ScopingSnapshot of(ScopingResult result) {
        return new ScopingSnapshot(
                result.catalogRelease(),
                result.sections().stream()
                        .map(verdict -> new SectionEntry(verdict.section(), verdict.reasons()))
                        .toList(),
                result.items().stream()
                        .map(verdict -> new ItemEntry(
                                verdict.item().id(), verdict.item().section(), verdict.reasons()))
                        .toList(),
                result.notApplicable().stream()
                        .map(verdict -> new SectionEntry(verdict.section(), verdict.reasons()))
                        .toList());
    }

    public boolean applies(Section section) {
        return sections.stream().anyMatch(entry -> entry.section() == section);
    }

    public Set<Section> sectionSet() {
        return sections.stream().map(SectionEntry::section).collect(Collectors.toUnmodifiableSet());
    }

    public List<String> itemIds() {
        return items.stream().map(ItemEntry::itemId).toList();
    }

    public List<ItemEntry> itemsOf(Section section) {
        return items.stream().filter(item -> item.section() == section).toList();
    }

    /** A section with the reasons it applies, or does not. */
    public record SectionEntry(Section section, List<Reason> reasons) {
        public SectionEntry {
            reasons = List.copyOf(reasons);
        }
    }

    /** An item with the reasons it applies. */
    public record ItemEntry(String itemId, Section section, List<Reason> reasons) {
        public ItemEntry {
            reasons = List.copyOf(reasons);
        }
    }

    /** The snapshot as canonical JSON, as it is kept; {@link #fromJson(String)} reads it back. */
    public String toJson() {
        return CanonicalJson.write(facts());
    }

    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("release", release);
        facts.put(
                "sections", sections.stream().map(ScopingSnapshot::sectionFacts).toList());
        facts.put("items", items.stream().map(ScopingSnapshot::itemFacts).toList());
        facts.put(
                "notApplicable",
                notApplicable.stream().map(ScopingSnapshot::sectionFacts).toList());
        return facts;
    }

    /**
     * Reads a kept snapshot. The same text always gives the same (unchangeable) snapshot, so snapshots are
     * kept by their text (ADR 019), at most about 8 million characters of it.
     */
    public static ScopingSnapshot fromJson(String json) {
        return PARSED.get(json, text -> of(StoredJson.read(text)));
    }

    private static final Cache<String, ScopingSnapshot> PARSED = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .weigher((String json, ScopingSnapshot snapshot) -> json.length())
            .build();

    static ScopingSnapshot of(JsonNode node) {
        List<SectionEntry> sections = new ArrayList<>();
        node.get("sections").forEach(section -> sections.add(section(section)));
        List<ItemEntry> items = new ArrayList<>();
        node.get("items")
                .forEach(item -> items.add(new ItemEntry(
                        item.get("id").asString(),
                        Section.valueOf(item.get("section").asString()),
                        reasons(item.get("reasons")))));
        List<SectionEntry> notApplicable = new ArrayList<>();
        node.get("notApplicable").forEach(section -> notApplicable.add(section(section)));
        return new ScopingSnapshot(node.get("release").asString(), sections, items, notApplicable);
    }

    static Map<String, Object> sectionFacts(SectionEntry entry) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("section", entry.section().name());
        facts.put("reasons", reasonFacts(entry.reasons()));
        return facts;
    }

    static Map<String, Object> itemFacts(ItemEntry entry) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("id", entry.itemId());
        facts.put("section", entry.section().name());
        facts.put("reasons", reasonFacts(entry.reasons()));
        return facts;
    }

    static SectionEntry section(JsonNode node) {
        return new SectionEntry(Section.valueOf(node.get("section").asString()), reasons(node.get("reasons")));
    }

    static ItemEntry item(JsonNode node) {
        return new ItemEntry(
                node.get("id").asString(),
                Section.valueOf(node.get("section").asString()),
                reasons(node.get("reasons")));
    }

    /** A reason keeps the kind of each argument, so that it can be written out again in any language. */
    private static List<Map<String, Object>> reasonFacts(List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> Map.<String, Object>of(
                        "code",
                        reason.code(),
                        "arguments",
                        reason.arguments().stream()
                                .map(ScopingSnapshot::argument)
                                .toList()))
                .toList();
    }

    private static Map<String, String> argument(Object argument) {
        if (argument instanceof AssetCategory category) {
            return Map.of("category", category.name());
        }
        if (argument instanceof Sector sector) {
            return Map.of("sector", sector.name());
        }
        if (argument instanceof ServiceModel model) {
            return Map.of("serviceModel", model.name());
        }
        if (argument instanceof Country country) {
            return Map.of("country", country.code());
        }
        return Map.of("text", String.valueOf(argument));
    }

    private static List<Reason> reasons(JsonNode node) {
        List<Reason> reasons = new ArrayList<>();
        node.forEach(reason -> {
            List<Object> arguments = new ArrayList<>();
            reason.get("arguments").forEach(argument -> arguments.add(argument(argument)));
            reasons.add(new Reason(reason.get("code").asString(), arguments));
        });
        return reasons;
    }

    private static Object argument(JsonNode node) {
        if (node.has("category")) {
            return AssetCategory.valueOf(node.get("category").asString());
        }
        if (node.has("sector")) {
            return Sector.valueOf(node.get("sector").asString());
        }
        if (node.has("serviceModel")) {
            return ServiceModel.valueOf(node.get("serviceModel").asString());
        }
        if (node.has("country")) {
            return new Country(node.get("country").asString());
        }
        return node.get("text").asString();
    }
}
