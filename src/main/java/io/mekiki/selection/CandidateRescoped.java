package io.mekiki.selection;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A candidate's scoping was computed again because what it rests on changed (the service's facts, the
 * initiative's assets), with the facts that changed and the sections and items added and removed.
 */
public record CandidateRescoped(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        UUID serviceId,
        List<String> because,
        List<String> sectionsAdded,
        List<String> sectionsRemoved,
        List<String> itemsAdded,
        List<String> itemsRemoved,
        String scopingHashBefore,
        String scopingHashAfter)
        implements CandidateChange {

    public CandidateRescoped {
        because = List.copyOf(because);
        sectionsAdded = List.copyOf(sectionsAdded);
        sectionsRemoved = List.copyOf(sectionsRemoved);
        itemsAdded = List.copyOf(itemsAdded);
        itemsRemoved = List.copyOf(itemsRemoved);
    }

    @Override
    public String action() {
        return "selection.candidate.rescoped";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("initiativeId", initiativeId.toString());
        change.put("serviceId", serviceId.toString());
        change.put("because", because);
        change.put("sectionsAdded", sectionsAdded);
        change.put("sectionsRemoved", sectionsRemoved);
        change.put("itemsAdded", itemsAdded);
        change.put("itemsRemoved", itemsRemoved);
        change.put("scopingHashBefore", scopingHashBefore);
        change.put("scopingHashAfter", scopingHashAfter);
        return change;
    }
}
