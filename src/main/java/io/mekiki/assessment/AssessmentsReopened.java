package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An editor reopened the initiative's assessments after its provider-selection decision, with a reason;
 * recorded in the ledger under the initiative.
 */
public record AssessmentsReopened(
        UUID organizationId, Actor actor, UUID initiativeId, UUID reopeningId, UUID decisionId, String reason)
        implements Auditable {

    @Override
    public String action() {
        return "assessment.assessments.reopened";
    }

    @Override
    public String subjectType() {
        return InitiativeChange.INITIATIVE;
    }

    @Override
    public String subjectId() {
        return initiativeId.toString();
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("reopeningId", reopeningId.toString());
        change.put("decisionId", decisionId.toString());
        change.put("reason", reason);
        return change;
    }
}
