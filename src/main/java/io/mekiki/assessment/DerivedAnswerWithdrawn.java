package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The service record no longer settles an item whose derived answer nobody had confirmed: the answer is gone. */
public record DerivedAnswerWithdrawn(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        AnswerStatus statusBefore,
        String fact)
        implements Auditable {

    @Override
    public String action() {
        return "assessment.item.derivationWithdrawn";
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
        change.put("statusBefore", statusBefore.name());
        change.put("fact", fact);
        return change;
    }
}
