package io.mekiki.assessment;

import io.mekiki.catalog.Section;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's assessment as it reads now: the items that apply to the candidate's scoping, each with its
 * answer if any, progress per section, and the answers of items that no longer apply (history, not counted).
 *
 * @param release the catalogue release of the candidate's scoping, whose questions are shown
 * @param pinnedRelease the release the assessment was started on; null while nothing is answered
 */
public record Assessment(
        UUID candidateId,
        UUID initiativeId,
        String serviceName,
        boolean open,
        String release,
        @Nullable String pinnedRelease,
        List<Entry> entries,
        List<SectionProgress> progress,
        List<Answer> history) {

    public Assessment {
        entries = List.copyOf(entries);
        progress = List.copyOf(progress);
        history = List.copyOf(history);
    }

    public int answered() {
        return progress.stream().mapToInt(SectionProgress::answered).sum();
    }

    public int total() {
        return progress.stream().mapToInt(SectionProgress::total).sum();
    }

    public List<Entry> entriesOf(Section section) {
        return entries.stream().filter(entry -> entry.section() == section).toList();
    }

    /** An item that applies to the candidate, with its answer when there is one. */
    public record Entry(
            String itemId, Section section, @Nullable Answer answer) {}
}
