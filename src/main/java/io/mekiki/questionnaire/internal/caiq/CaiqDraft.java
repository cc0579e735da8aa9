package io.mekiki.questionnaire.internal.caiq;

import io.mekiki.assessment.AnswerStatus;

/**
 * The draft answer a CAIQ import makes for one check item (ADR 042): the status the CAIQ answers amount to and
 * a text that quotes them (question id, answer, the provider's implementation description).
 */
public record CaiqDraft(String itemId, AnswerStatus status, String answer) {}
