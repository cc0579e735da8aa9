package io.mekiki.questionnaire;

import io.mekiki.assessment.AnswerStatus;
import org.jspecify.annotations.Nullable;

/**
 * The provider's answer to one item of a questionnaire, as saved before submission.
 *
 * @param itemId a check item id of the questionnaire
 * @param status how the provider says its service stands on the item; null clears the draft
 * @param answer the provider's words (≤ {@link ProviderAnswers#ANSWER_MAX}); may be blank only when status is
 *     null
 */
public record DraftAnswer(
        String itemId,
        @Nullable AnswerStatus status,
        @Nullable String answer) {}
