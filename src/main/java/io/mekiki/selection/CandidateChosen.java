package io.mekiki.selection;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A candidate became the one the initiative proposes to select (replacing the one chosen before, if any). */
public record CandidateChosen(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        UUID serviceId,
        String serviceName,
        @Nullable UUID candidateBefore)
        implements CandidateChange {

    @Override
    public String action() {
        return "selection.candidate.chosen";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("initiativeId", initiativeId.toString());
        change.put("serviceId", serviceId.toString());
        change.put("service", serviceName);
        if (candidateBefore != null) {
            change.put("candidateBefore", candidateBefore.toString());
        }
        return change;
    }
}
