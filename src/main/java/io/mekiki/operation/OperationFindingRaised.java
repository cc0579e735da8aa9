package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A finding of operation was raised: from an SLA breach (the metric and period named), an incident, or by hand.
 */
public record OperationFindingRaised(
        UUID organizationId,
        Actor actor,
        UUID findingId,
        UUID initiativeId,
        String code,
        OperationFindingSource source,
        String title,
        OperationFindingSignificance significance,
        @Nullable String origin)
        implements OperationFindingChange {

    @Override
    public String action() {
        return "operation.finding.raised";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("code", code);
        change.put("source", source.name());
        change.put("title", title);
        change.put("significance", significance.name());
        if (origin != null) {
            change.put("origin", origin);
        }
        return change;
    }
}
