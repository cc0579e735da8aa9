package io.mekiki.questionnaire;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A risk officer accepted, questioned or overrode the provider statement on an item. */
public record QuestionnaireItemReviewed(
        UUID organizationId,
        Actor actor,
        UUID questionnaireId,
        UUID candidateId,
        String itemId,
        ItemReview review,
        @Nullable String comment)
        implements QuestionnaireChange {

    @Override
    public String action() {
        return "questionnaire.item.reviewed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("itemId", itemId);
        change.put("review", review.name());
        if (comment != null) {
            change.put("comment", comment);
        }
        return change;
    }
}
