package io.mekiki.assessment;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The mitigation of a finding was marked done, with a note. */
public record FindingMitigationDone(
        UUID organizationId,
        Actor actor,
        UUID findingId,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        String note,
        long version)
        implements FindingChange {

    @Override
    public String action() {
        return "assessment.finding.mitigated";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("candidateId", candidateId.toString());
        change.put("itemId", itemId);
        change.put("note", note);
        change.put("version", version);
        return change;
    }
}
