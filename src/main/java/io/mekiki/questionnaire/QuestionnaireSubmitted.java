package io.mekiki.questionnaire;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The provider contact submitted the answers; they landed in the assessment as provider statements. */
public record QuestionnaireSubmitted(
        UUID organizationId, Actor actor, UUID questionnaireId, UUID candidateId, java.util.List<String> items)
        implements QuestionnaireChange {

    @Override
    public String action() {
        return "questionnaire.submitted";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("itemIds", items);
        return change;
    }
}
