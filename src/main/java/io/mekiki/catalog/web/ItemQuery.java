package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.CloudRisk;
import io.mekiki.catalog.Confidence;
import io.mekiki.catalog.Reference;
import io.mekiki.catalog.Section;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Which check items a reader asked for: by section, phase, confidence, cited document or risk, and by
 * words. Every word must occur somewhere in the item: its id, title, guidance, question, evidence or
 * legal basis, in Japanese or English. Full-width and half-width forms and letter case do not matter.
 */
record ItemQuery(
        @Nullable Section section,
        @Nullable LifeCyclePhase phase,
        @Nullable Confidence confidence,
        @Nullable String reference,
        @Nullable CloudRisk risk,
        List<String> words) {

    static final ItemQuery ALL = new ItemQuery(null, null, null, null, null, List.of());

    ItemQuery {
        words = List.copyOf(words);
    }

    /** A request parameter whose value is not one of the allowed ones. */
    record InvalidParameter(String name, String value, String allowed) {}

    /** The query, and the parameters that could not be read (those are left out of the query). */
    record Reading(ItemQuery query, List<InvalidParameter> invalid) {}

    static Reading read(
            @Nullable String section,
            @Nullable String phase,
            @Nullable String confidence,
            @Nullable String reference,
            @Nullable String risk,
            @Nullable String words) {
        List<InvalidParameter> invalid = new ArrayList<>();
        ItemQuery query = new ItemQuery(
                enumValue("section", section, Section.class, Section::name, invalid),
                enumValue("phase", phase, LifeCyclePhase.class, LifeCyclePhase::slug, invalid),
                enumValue("confidence", confidence, Confidence.class, Confidence::name, invalid),
                blankToNull(reference),
                enumValue("risk", risk, CloudRisk.class, CloudRisk::name, invalid),
                words(words));
        return new Reading(query, invalid);
    }

    List<CheckItem> apply(CatalogRelease release) {
        Map<String, Reference> references = release.referencesById();
        List<String> needles = words.stream().map(ItemQuery::normalize).toList();
        return release.items().stream()
                .filter(item -> section == null || item.section() == section)
                .filter(item -> phase == null || item.phase() == phase)
                .filter(item -> confidence == null || item.confidence() == confidence)
                .filter(item -> reference == null
                        || item.basis().stream()
                                .anyMatch(basis -> basis.referenceId().equals(reference)))
                .filter(item -> risk == null || item.risks().contains(risk))
                .filter(item -> needles.isEmpty() || containsAll(searchableText(item, references), needles))
                .toList();
    }

    boolean filtersAnything() {
        return !equals(ALL);
    }

    public String text() {
        return String.join(" ", words);
    }

    /** Whether a text in both languages holds every word of the query (for the library's searches). */
    boolean matches(LocalizedText... texts) {
        if (words.isEmpty()) {
            return true;
        }
        StringBuilder haystack = new StringBuilder();
        for (LocalizedText text : texts) {
            haystack.append(text.ja()).append('\n').append(text.en()).append('\n');
        }
        return containsAll(
                normalize(haystack.toString()),
                words.stream().map(ItemQuery::normalize).toList());
    }

    private static boolean containsAll(String haystack, List<String> needles) {
        return needles.stream().allMatch(haystack::contains);
    }

    private static String searchableText(CheckItem item, Map<String, Reference> references) {
        StringBuilder text = new StringBuilder(item.id()).append('\n');
        Stream.of(item.title(), item.guidance(), item.question(), item.evidence())
                .forEach(part ->
                        text.append(part.ja()).append('\n').append(part.en()).append('\n'));
        for (CheckItem.Basis basis : item.basis()) {
            text.append(basis.referenceId()).append('\n');
            Reference cited = references.get(basis.referenceId());
            if (cited != null) {
                text.append(cited.shortName().ja())
                        .append(' ')
                        .append(cited.shortName().en())
                        .append('\n');
                text.append(cited.name().ja())
                        .append(' ')
                        .append(cited.name().en())
                        .append('\n');
            }
            if (basis.article() != null) {
                text.append(basis.article().ja())
                        .append(' ')
                        .append(basis.article().en())
                        .append('\n');
            }
        }
        return normalize(text.toString());
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static List<String> words(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(
                        Normalizer.normalize(text, Normalizer.Form.NFKC).strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .limit(20)
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Reads an enum by its code (case-insensitive) or its alternative name, e.g. a phase's slug. */
    private static <E extends Enum<E>> @Nullable E enumValue(
            String name,
            @Nullable String value,
            Class<E> type,
            Function<E, String> alternative,
            List<InvalidParameter> invalid) {
        String given = blankToNull(value);
        if (given == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(given)
                    || alternative.apply(constant).equalsIgnoreCase(given)) {
                return constant;
            }
        }
        invalid.add(new InvalidParameter(
                name,
                given,
                String.join(
                        ", ",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }
}
