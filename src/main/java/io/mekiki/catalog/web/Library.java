package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.CloudRisk;
import io.mekiki.catalog.LibraryEntries.GlossaryTerm;
import io.mekiki.catalog.Reference;
import io.mekiki.catalog.ReferenceKind;
import io.mekiki.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Searches in the reference library of a release, for the API and the pages alike. */
@Component
class Library {

    /** The references of a kind (all kinds when null) that hold every word of the query. */
    List<Reference> references(CatalogRelease release, @Nullable String words, @Nullable ReferenceKind kind) {
        ItemQuery query = words(words);
        return release.references().stream()
                .filter(reference -> kind == null || reference.kind() == kind)
                .filter(reference -> query.matches(searchable(reference)))
                .toList();
    }

    List<GlossaryTerm> glossary(CatalogRelease release, @Nullable String words) {
        ItemQuery query = words(words);
        return release.glossary().stream()
                .filter(term -> query.matches(term.term(), term.definition(), new LocalizedText(term.id(), term.id())))
                .toList();
    }

    static long citingItems(CatalogRelease release, String referenceId) {
        return release.items().stream()
                .filter(item -> item.basis().stream()
                        .anyMatch(basis -> basis.referenceId().equals(referenceId)))
                .count();
    }

    static Map<CloudRisk, Long> itemsPerRisk(CatalogRelease release) {
        Map<CloudRisk, Long> counts = new EnumMap<>(CloudRisk.class);
        for (CheckItem item : release.items()) {
            item.risks().forEach(risk -> counts.merge(risk, 1L, Long::sum));
        }
        return counts;
    }

    /** The kind a parameter names, or null for all kinds; an unknown name is added to {@code invalid}. */
    static @Nullable ReferenceKind kind(@Nullable String name, List<ItemQuery.InvalidParameter> invalid) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<ReferenceKind> kind = Arrays.stream(ReferenceKind.values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(name.strip()))
                .findFirst();
        if (kind.isEmpty()) {
            invalid.add(new ItemQuery.InvalidParameter("kind", name.strip(), allowedKinds()));
        }
        return kind.orElse(null);
    }

    static String allowedKinds() {
        return String.join(
                ", ", Arrays.stream(ReferenceKind.values()).map(Enum::name).toList());
    }

    private static ItemQuery words(@Nullable String words) {
        return ItemQuery.read(null, null, null, null, null, words).query();
    }

    private static LocalizedText[] searchable(Reference reference) {
        List<LocalizedText> texts = new ArrayList<>(List.of(
                new LocalizedText(reference.id(), reference.id()),
                reference.name(),
                reference.shortName(),
                reference.issuer()));
        reference.articles().forEach(article -> {
            texts.add(article.article());
            texts.add(article.summary());
        });
        return texts.toArray(LocalizedText[]::new);
    }
}
