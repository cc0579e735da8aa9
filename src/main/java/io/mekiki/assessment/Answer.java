package io.mekiki.assessment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one check item of a candidate's assessment, as stored (one row).
 *
 * @param derivation for a derived answer (source {@link AnswerSource#DERIVED}), the fact of the service record
 *     that settles it
 * @param confirmedBy who confirmed a derived answer; null while it waits for a person's confirmation
 * @param review set when the service record changed after the answer was confirmed (or while the assessment
 *     was closed): which fact changed and what the record says now
 */
public record Answer(
        String itemId,
        AnswerStatus status,
        String answer,
        @Nullable String reason,
        AnswerSource source,
        @Nullable UUID answeredBy,
        Instant answeredAt,
        long version,
        @Nullable Derivation derivation,
        @Nullable UUID confirmedBy,
        @Nullable Instant confirmedAt,
        @Nullable Review review) {

    /** A person's answer (not derived, nothing to confirm or review). */
    public Answer(
            String itemId,
            AnswerStatus status,
            String answer,
            @Nullable String reason,
            AnswerSource source,
            @Nullable UUID answeredBy,
            Instant answeredAt,
            long version) {
        this(itemId, status, answer, reason, source, answeredBy, answeredAt, version, null, null, null, null);
    }

    /**
     * A derived answer that no person has confirmed yet, or a provider's statement sent through a questionnaire
     * that no risk officer has accepted yet (ADR 041).
     */
    public boolean waiting() {
        return (source == AnswerSource.DERIVED || statementFromQuestionnaire()) && confirmedAt == null;
    }

    /** A provider's statement submitted through a questionnaire's link (no user of the organisation wrote it). */
    public boolean statementFromQuestionnaire() {
        return source == AnswerSource.PROVIDER_STATEMENT && answeredBy == null;
    }

    public boolean underReview() {
        return review != null;
    }

    /** Whether the answer counts as answered: not waiting for confirmation and not marked for review. */
    public boolean settled() {
        return !waiting() && !underReview();
    }

    /**
     * The fact of the service record a derived answer cites, e.g. {@code governingLaw} with {@code 日本法}.
     *
     * @param fact the fact's key; its words are the message {@code assessment.fact.<fact>}
     * @param value the fact as recorded
     */
    public record Derivation(String fact, String value) {

        public String messageKey() {
            return "assessment.fact." + fact;
        }
    }

    /**
     * The service record changed under a confirmed answer.
     *
     * @param fact the fact that changed
     * @param status what the record settles now; null when it no longer settles the item
     * @param value the fact as recorded now
     */
    public record Review(
            String fact,
            @Nullable AnswerStatus status,
            @Nullable String value,
            Instant since) {

        public String messageKey() {
            return "assessment.fact." + fact;
        }
    }
}
