package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The service record changed under a confirmed derived answer (or while the assessment was closed): marked for review. */
public record AnswerMarkedForReview(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        String fact,
        @Nullable AnswerStatus statusNow,
        @Nullable String valueNow)
        implements Auditable {

    @Override
    public String action() {
        return "assessment.item.markedForReview";
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
        change.put("fact", fact);
        change.put("statusNow", statusNow == null ? null : statusNow.name());
        change.put("valueNow", valueNow);
        return change;
    }
}
