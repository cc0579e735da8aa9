package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Someone commented on an answer. */
public record AnswerCommented(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        UUID commentId,
        String body)
        implements Auditable {

    @Override
    public String action() {
        return "assessment.item.commented";
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
        change.put("commentId", commentId.toString());
        change.put("body", body);
        return change;
    }
}
