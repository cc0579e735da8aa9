package io.mekiki.questionnaire;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The provider contact opened the questionnaire's link for the first time. */
public record QuestionnaireOpened(UUID organizationId, Actor actor, UUID questionnaireId, UUID candidateId)
        implements QuestionnaireChange {

    @Override
    public String action() {
        return "questionnaire.opened";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        return change;
    }
}
