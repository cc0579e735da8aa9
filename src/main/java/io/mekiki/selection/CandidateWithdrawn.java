package io.mekiki.selection;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A candidate was withdrawn from the initiative's selection, with the reason given. */
public record CandidateWithdrawn(
        UUID organizationId, Actor actor, UUID candidateId, UUID initiativeId, UUID serviceId, String reason)
        implements CandidateChange {

    @Override
    public String action() {
        return "selection.candidate.withdrawn";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("initiativeId", initiativeId.toString());
        change.put("serviceId", serviceId.toString());
        change.put("reason", reason);
        return change;
    }
}
