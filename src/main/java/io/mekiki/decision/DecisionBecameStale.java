package io.mekiki.decision;

import io.mekiki.decision.Decisions.BasisChange;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An approval became stale: the facts its topic rests on are no longer those it was given on. */
public record DecisionBecameStale(
        UUID organizationId,
        Actor actor,
        UUID decisionId,
        String topic,
        String frozenBasisHash,
        String currentBasisHash,
        List<BasisChange> changes)
        implements DecisionChange {

    public DecisionBecameStale {
        changes = List.copyOf(changes);
    }

    @Override
    public String action() {
        return "decision.decision.stale";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("topic", topic);
        facts.put("frozenBasisHash", frozenBasisHash);
        facts.put("currentBasisHash", currentBasisHash);
        facts.put(
                "changes",
                changes.stream()
                        .map(change -> Map.of("path", change.path(), "then", change.then(), "now", change.now()))
                        .toList());
        return facts;
    }
}
