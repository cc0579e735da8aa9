package io.mekiki.catalog;

import io.mekiki.catalog.LibraryEntries.GlossaryTerm;
import io.mekiki.catalog.LibraryEntries.RiskDescription;
import io.mekiki.catalog.LibraryEntries.SectorRules;
import io.mekiki.shared.LocalizedText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated, immutable version of the whole catalogue and its reference library.
 *
 * @param scopingRules the rule set of the scoping engine the release is written for (1 or 2)
 */
public record CatalogRelease(
        String id,
        LocalDate publishedOn,
        LocalizedText title,
        LocalizedText notes,
        List<CheckItem> items,
        List<Reference> references,
        List<RiskDescription> risks,
        List<GlossaryTerm> glossary,
        List<SectorRules> sectors,
        int scopingRules) {

    /** The rule sets of the scoping engine a release may name. */
    public static final int LATEST_SCOPING_RULES = 2;

    /** A release of rule set 1 (one that does not name its rule set). */
    public CatalogRelease(
            String id,
            LocalDate publishedOn,
            LocalizedText title,
            LocalizedText notes,
            List<CheckItem> items,
            List<Reference> references,
            List<RiskDescription> risks,
            List<GlossaryTerm> glossary,
            List<SectorRules> sectors) {
        this(id, publishedOn, title, notes, items, references, risks, glossary, sectors, 1);
    }

    public CatalogRelease {
        items = items.stream()
                .sorted(Comparator.comparing(CheckItem::section).thenComparing(CheckItem::id))
                .toList();
        references = List.copyOf(references);
        risks = List.copyOf(risks);
        glossary = List.copyOf(glossary);
        sectors = List.copyOf(sectors);
    }

    public Optional<CheckItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Optional<Reference> reference(String referenceId) {
        return references.stream()
                .filter(reference -> reference.id().equals(referenceId))
                .findFirst();
    }

    public Map<String, Reference> referencesById() {
        return references.stream().collect(Collectors.toUnmodifiableMap(Reference::id, Function.identity()));
    }

    public Map<Section, Long> itemCountBySection() {
        return items.stream()
                .collect(Collectors.groupingBy(
                        CheckItem::section, () -> new java.util.EnumMap<>(Section.class), Collectors.counting()));
    }
}
