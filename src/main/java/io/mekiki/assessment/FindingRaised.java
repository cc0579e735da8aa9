package io.mekiki.assessment;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A finding was raised on a gap: automatically on a blocking item, or by hand. */
public record FindingRaised(
        UUID organizationId,
        Actor actor,
        UUID findingId,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        FindingOrigin origin,
        boolean blocking,
        AnswerStatus gapStatus)
        implements FindingChange {

    @Override
    public String action() {
        return "assessment.finding.raised";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("candidateId", candidateId.toString());
        change.put("initiativeId", initiativeId.toString());
        change.put("itemId", itemId);
        change.put("origin", origin.name());
        change.put("blocking", blocking);
        change.put("gapStatus", gapStatus.name());
        return change;
    }
}
