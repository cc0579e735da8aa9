package io.mekiki.questionnaire;

import io.mekiki.assessment.AnswerStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One item of a questionnaire: the provider's answer (draft until submitted) and the risk officer's review.
 *
 * @param submittedAt when the answer as it reads now was submitted; null while it is a draft
 * @param review null until reviewed; {@link ItemReview#QUESTIONED} opens the item again for the provider
 */
public record QuestionnaireItem(
        String itemId,
        @Nullable AnswerStatus status,
        @Nullable String answer,
        @Nullable Instant savedAt,
        @Nullable Instant submittedAt,
        @Nullable ItemReview review,
        @Nullable String reviewComment,
        @Nullable Instant reviewedAt,
        List<EvidenceFile> evidence) {

    public QuestionnaireItem {
        evidence = List.copyOf(evidence);
    }

    public boolean answered() {
        return status != null;
    }

    public boolean questioned() {
        return review == ItemReview.QUESTIONED;
    }

    /** A file the provider attached to the item. */
    public record EvidenceFile(UUID id, String fileName, String mediaType, long size, String sha256, Instant addedAt) {}
}
