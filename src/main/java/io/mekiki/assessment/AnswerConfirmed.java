package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person confirmed a derived answer (taking over what a review found); recorded in the ledger. */
public record AnswerConfirmed(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        AnswerStatus status,
        String fact,
        @Nullable String value,
        long version)
        implements Auditable {

    @Override
    public String action() {
        return "assessment.item.confirmed";
    }

    @Override
    public String subjectType() {
        return AssessmentAnswered.ASSESSMENT;
    }

    @Override
    public String subjectId() {
        return candidateId.toString();
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("initiativeId", initiativeId.toString());
        change.put("itemId", itemId);
        change.put("status", status.name());
        change.put("fact", fact);
        change.put("value", value);
        change.put("version", version);
        return change;
    }
}
