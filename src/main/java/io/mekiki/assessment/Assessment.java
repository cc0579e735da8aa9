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
        List<Answer> history,
        List<AnswerEvidence> evidence,
        List<AnswerComment> comments,
        @Nullable Lock lock) {

    public Assessment {
        entries = List.copyOf(entries);
        progress = List.copyOf(progress);
        history = List.copyOf(history);
        evidence = List.copyOf(evidence);
        comments = List.copyOf(comments);
    }

    public Assessment(
            UUID candidateId,
            UUID initiativeId,
            String serviceName,
            boolean open,
            String release,
            @Nullable String pinnedRelease,
            List<Entry> entries,
            List<SectionProgress> progress,
            List<Answer> history) {
        this(
                candidateId,
                initiativeId,
                serviceName,
                open,
                release,
                pinnedRelease,
                entries,
                progress,
                history,
                List.of(),
                List.of(),
                null);
    }

    /** Derived answers waiting for confirmation or marked for review, of the items that apply. */
    public int waiting() {
        return progress.stream().mapToInt(SectionProgress::waiting).sum();
    }

    /** Whether answers, confirmations and evidence are refused now (approved provider selection, not reopened). */
    public boolean locked() {
        return lock != null;
    }

    public List<AnswerEvidence> evidenceOf(String itemId) {
        return evidence.stream().filter(found -> found.itemId().equals(itemId)).toList();
    }

    public List<AnswerComment> commentsOf(String itemId) {
        return comments.stream().filter(found -> found.itemId().equals(itemId)).toList();
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

    /** The approved provider-selection decision that closed the initiative's assessments. */
    public record Lock(UUID decisionId, java.time.Instant decidedAt) {}

    /** An item that applies to the candidate, with its answer when there is one. */
    public record Entry(
            String itemId, Section section, @Nullable Answer answer) {}
}
