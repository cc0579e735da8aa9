package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An executive opened a contingency on initiatives of the organisation, naming who commands. */
public record ContingencyOpened(
        UUID organizationId,
        Actor actor,
        UUID contingencyId,
        ContingencyKind kind,
        String title,
        String description,
        Instant beganAt,
        UUID commanderId,
        String commanderName,
        List<UUID> initiativeIds,
        List<String> initiativeTitles)
        implements ContingencyChange {

    public ContingencyOpened {
        initiativeIds = List.copyOf(initiativeIds);
        initiativeTitles = List.copyOf(initiativeTitles);
    }

    @Override
    public String action() {
        return "operation.contingency.opened";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("kind", kind.name());
        change.put("title", title);
        change.put("description", description);
        change.put("beganAt", beganAt.toString());
        change.put("commander", commanderName);
        change.put("initiatives", initiativeTitles);
        return change;
    }
}
