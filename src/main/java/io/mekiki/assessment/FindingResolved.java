package io.mekiki.assessment;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The answer of the finding's item now meets or does not apply: the finding is closed, kept as history. */
public record FindingResolved(
        UUID organizationId,
        Actor actor,
        UUID findingId,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        AnswerStatus status)
        implements FindingChange {

    @Override
    public String action() {
        return "assessment.finding.resolved";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("candidateId", candidateId.toString());
        change.put("itemId", itemId);
        change.put("status", status.name());
        return change;
    }
}
