package io.mekiki.questionnaire;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that happened to a questionnaire; recorded in the audit ledger in its transaction. The provider's
 * steps (opened, answers saved, evidence added, submitted) have the provider contact as actor
 * ({@link ProviderContactActor}).
 */
public sealed interface QuestionnaireChange extends Auditable
        permits QuestionnaireSent,
                QuestionnaireOpened,
                QuestionnaireAnswersSaved,
                QuestionnaireEvidenceAdded,
                QuestionnaireSubmitted,
                QuestionnaireRevoked,
                QuestionnaireItemReviewed {

    /** The subject type of questionnaires in the ledger. */
    String QUESTIONNAIRE = "QUESTIONNAIRE";

    UUID questionnaireId();

    UUID candidateId();

    @Override
    default String subjectType() {
        return QUESTIONNAIRE;
    }

    @Override
    default String subjectId() {
        return questionnaireId().toString();
    }
}
