package io.mekiki.questionnaire.internal.caiq;

import io.mekiki.shared.LocalizedText;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned mapping of CAIQ v4.1 question ids to check items (ADR 042), shipped as data beside the catalogue
 * releases it accompanies ({@code classpath:caiq-mapping/<id>.yaml}). Immutable once bundled.
 *
 * @param id the mapping's id, e.g. {@code 2026.1}
 * @param caiqVersion the CAIQ version whose question ids are used, e.g. {@code 4.1}
 * @param releases the catalogue releases this mapping accompanies; each holds every item it names
 * @param entries one per check item, in the order of the file
 */
public record CaiqMapping(
        String id,
        String caiqVersion,
        LocalDate publishedOn,
        List<String> releases,
        LocalizedText title,
        List<Entry> entries) {

    public CaiqMapping {
        releases = List.copyOf(releases);
        entries = List.copyOf(entries);
    }

    /** How far the CAIQ answers of an entry answer its check item. */
    public enum Coverage {
        /** "Yes" to every question answers what the item asks. */
        FULL,
        /** The questions answer part of the item; the rest stays open. */
        PARTIAL;

        public String messageKey() {
            return "caiq.coverage." + name();
        }
    }

    /**
     * The CAIQ questions that together speak to one check item.
     *
     * @param item the check item's id
     * @param questions CAIQ question ids such as {@code DSP-19.1}, each once
     * @param note in our words: what the answers show and what they leave open
     */
    public record Entry(String item, List<String> questions, Coverage coverage, LocalizedText note) {

        public Entry {
            questions = List.copyOf(questions);
        }
    }

    public Optional<Entry> entry(String itemId) {
        return entries.stream().filter(entry -> entry.item().equals(itemId)).findFirst();
    }

    /** Every CAIQ question id some entry reads, in the order of the file. */
    public Set<String> questionIds() {
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(entry -> ids.addAll(entry.questions()));
        return ids;
    }
}
