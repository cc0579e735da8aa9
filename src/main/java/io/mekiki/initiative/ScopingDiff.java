package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import io.mekiki.initiative.ScopingSnapshot.ItemEntry;
import io.mekiki.initiative.ScopingSnapshot.SectionEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two scopings of an initiative.
 *
 * @param sectionsAdded sections that apply now, with the reasons they do
 * @param sectionsRemoved sections that applied before, with the reasons they no longer do
 * @param itemsAdded items that apply now, with the reasons they do
 * @param itemsRemoved items that applied before, with the reasons they did then
 */
public record ScopingDiff(
        String releaseBefore,
        String releaseAfter,
        List<SectionEntry> sectionsAdded,
        List<SectionEntry> sectionsRemoved,
        List<ItemEntry> itemsAdded,
        List<ItemEntry> itemsRemoved) {

    public ScopingDiff {
        sectionsAdded = List.copyOf(sectionsAdded);
        sectionsRemoved = List.copyOf(sectionsRemoved);
        itemsAdded = List.copyOf(itemsAdded);
        itemsRemoved = List.copyOf(itemsRemoved);
    }

    public static ScopingDiff between(ScopingSnapshot before, ScopingSnapshot after) {
        Set<Section> sectionsBefore = before.sectionSet();
        Set<Section> sectionsAfter = after.sectionSet();
        List<SectionEntry> added = after.sections().stream()
                .filter(entry -> !sectionsBefore.contains(entry.section()))
                .toList();
        List<SectionEntry> removed = after.notApplicable().stream()
                .filter(entry -> sectionsBefore.contains(entry.section()) && !sectionsAfter.contains(entry.section()))
                .toList();
        Set<String> itemsBefore = Set.copyOf(before.itemIds());
        Set<String> itemsAfter = Set.copyOf(after.itemIds());
        return new ScopingDiff(
                before.release(),
                after.release(),
                added,
                removed,
                after.items().stream()
                        .filter(item -> !itemsBefore.contains(item.itemId()))
                        .toList(),
                before.items().stream()
                        .filter(item -> !itemsAfter.contains(item.itemId()))
                        .toList());
    }

    /** True when the same sections and items apply, from the same release. */
    public boolean isEmpty() {
        return releaseBefore.equals(releaseAfter)
                && sectionsAdded.isEmpty()
                && sectionsRemoved.isEmpty()
                && itemsAdded.isEmpty()
                && itemsRemoved.isEmpty();
    }

    public boolean releaseChanged() {
        return !releaseBefore.equals(releaseAfter);
    }

    public Set<Section> addedSections() {
        return sectionsAdded.stream().map(SectionEntry::section).collect(Collectors.toUnmodifiableSet());
    }

    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("releaseBefore", releaseBefore);
        facts.put("releaseAfter", releaseAfter);
        facts.put(
                "sectionsAdded",
                sectionsAdded.stream().map(ScopingSnapshot::sectionFacts).toList());
        facts.put(
                "sectionsRemoved",
                sectionsRemoved.stream().map(ScopingSnapshot::sectionFacts).toList());
        facts.put(
                "itemsAdded",
                itemsAdded.stream().map(ScopingSnapshot::itemFacts).toList());
        facts.put(
                "itemsRemoved",
                itemsRemoved.stream().map(ScopingSnapshot::itemFacts).toList());
        return facts;
    }

    static ScopingDiff of(JsonNode node) {
        List<SectionEntry> sectionsAdded = new ArrayList<>();
        node.get("sectionsAdded").forEach(entry -> sectionsAdded.add(ScopingSnapshot.section(entry)));
        List<SectionEntry> sectionsRemoved = new ArrayList<>();
        node.get("sectionsRemoved").forEach(entry -> sectionsRemoved.add(ScopingSnapshot.section(entry)));
        List<ItemEntry> itemsAdded = new ArrayList<>();
        node.get("itemsAdded").forEach(entry -> itemsAdded.add(ScopingSnapshot.item(entry)));
        List<ItemEntry> itemsRemoved = new ArrayList<>();
        node.get("itemsRemoved").forEach(entry -> itemsRemoved.add(ScopingSnapshot.item(entry)));
        return new ScopingDiff(
                node.get("releaseBefore").asString(),
                node.get("releaseAfter").asString(),
                sectionsAdded,
                sectionsRemoved,
                itemsAdded,
                itemsRemoved);
    }
}
