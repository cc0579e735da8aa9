package io.mekiki.decision;

import java.util.List;

/**
 * A basis as a reader sees it: labelled facts in the reader's language, grouped under headings, e.g.
 * the check items that apply, one fact per catalogue section, each item by its title. Keys are stable
 * across languages and releases (an item's id, an asset's id, a country code), so that two bases can be
 * compared fact by fact and entry by entry.
 */
public record BasisFacts(List<Group> groups) {

    public BasisFacts {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.stream().allMatch(group -> group.facts().isEmpty());
    }

    /** Facts under one heading, e.g. "Check items that apply". */
    public record Group(String heading, List<Fact> facts) {
        public Group {
            facts = List.copyOf(facts);
        }
    }

    /**
     * One labelled fact with its entries: a single entry for a plain value (a purpose, a service model),
     * several for a list (assets, KPIs, countries). An empty fact says "none".
     *
     * @param key stable, e.g. {@code items.PERSONAL_DATA}
     */
    public record Fact(String key, String label, List<Entry> entries) {
        public Fact {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One entry of a fact as the reader reads it.
     *
     * @param key stable within the fact, e.g. an item id; empty for the single value of a plain fact
     * @param text what the reader reads, e.g. the item's title
     */
    public record Entry(String key, String text) {}
}
