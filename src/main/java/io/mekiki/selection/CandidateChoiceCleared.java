package io.mekiki.selection;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The initiative no longer proposes the candidate: cleared by hand, or because the candidate was withdrawn
 * ({@code withdrawn}).
 */
public record CandidateChoiceCleared(
        UUID organizationId, Actor actor, UUID candidateId, UUID initiativeId, boolean withdrawn)
        implements CandidateChange {

    @Override
    public String action() {
        return "selection.candidate.choiceCleared";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("initiativeId", initiativeId.toString());
        change.put("withdrawn", withdrawn);
        return change;
    }
}
