package io.mekiki.selection;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A service became a candidate of an initiative, scoped with the sections that apply to it. */
public record CandidateAdded(
        UUID organizationId,
        Actor actor,
        UUID candidateId,
        UUID initiativeId,
        UUID serviceId,
        String serviceName,
        String providerName,
        String catalogRelease,
        List<String> sections,
        String scopingHash)
        implements CandidateChange {

    public CandidateAdded {
        sections = List.copyOf(sections);
    }

    @Override
    public String action() {
        return "selection.candidate.added";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("initiativeId", initiativeId.toString());
        change.put("serviceId", serviceId.toString());
        change.put("service", serviceName);
        change.put("provider", providerName);
        change.put("release", catalogRelease);
        change.put("sections", sections);
        change.put("scopingHash", scopingHash);
        return change;
    }
}
