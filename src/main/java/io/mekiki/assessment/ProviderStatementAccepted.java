package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A risk officer accepted a provider's statement sent through a questionnaire (ADR 041); recorded in the ledger. */
public record ProviderStatementAccepted(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        AnswerStatus status,
        long version)
        implements Auditable {

    @Override
    public String action() {
        return "assessment.item.statementAccepted";
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
        change.put("version", version);
        return change;
    }
}
