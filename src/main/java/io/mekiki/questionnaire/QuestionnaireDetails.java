package io.mekiki.questionnaire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A questionnaire as the organisation reads it: the record, to whom, each item and the progress. */
public record QuestionnaireDetails(
        Questionnaire questionnaire,
        String contactName,
        @Nullable String contactEmail,
        String providerName,
        List<QuestionnaireItem> items,
        QuestionnaireProgress progress) {}
