package io.mekiki.questionnaire;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The provider contact attached a file to an item. */
public record QuestionnaireEvidenceAdded(
        UUID organizationId,
        Actor actor,
        UUID questionnaireId,
        UUID candidateId,
        String itemId,
        String fileName,
        String sha256)
        implements QuestionnaireChange {

    @Override
    public String action() {
        return "questionnaire.evidence.added";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("itemId", itemId);
        change.put("fileName", fileName);
        change.put("sha256", sha256);
        return change;
    }
}
