package io.mekiki.questionnaire;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The provider contact saved draft answers (all items at once or none). */
public record QuestionnaireAnswersSaved(
        UUID organizationId,
        Actor actor,
        UUID questionnaireId,
        UUID candidateId,
        java.util.List<String> items,
        Map<String, String> statuses)
        implements QuestionnaireChange {

    @Override
    public String action() {
        return "questionnaire.answers.saved";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("itemIds", items);
        change.put("statuses", statuses);
        return change;
    }
}
