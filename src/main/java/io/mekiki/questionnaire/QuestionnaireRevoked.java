package io.mekiki.questionnaire;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The organisation revoked the questionnaire's link. */
public record QuestionnaireRevoked(UUID organizationId, Actor actor, UUID questionnaireId, UUID candidateId)
        implements QuestionnaireChange {

    @Override
    public String action() {
        return "questionnaire.revoked";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        return change;
    }
}
