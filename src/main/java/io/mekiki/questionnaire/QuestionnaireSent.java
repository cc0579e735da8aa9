package io.mekiki.questionnaire;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A questionnaire was sent to a provider contact (again: a new link replaced the old one). */
public record QuestionnaireSent(
        UUID organizationId,
        Actor actor,
        UUID questionnaireId,
        UUID candidateId,
        UUID contactId,
        String contactName,
        String language,
        java.util.List<String> items,
        java.time.LocalDate dueOn,
        java.time.LocalDate expiresOn,
        boolean again)
        implements QuestionnaireChange {

    @Override
    public String action() {
        return "questionnaire.sent";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("contactId", contactId.toString());
        change.put("contact", contactName);
        change.put("language", language);
        change.put("itemIds", items);
        change.put("dueOn", dueOn.toString());
        change.put("expiresOn", expiresOn.toString());
        if (again) {
            change.put("again", true);
        }
        return change;
    }
}
