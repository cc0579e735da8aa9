package io.mekiki.initiative;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks every {@link GateContributions} for an initiative's conditions and a gate's contributed facts. */
@Component
class GateConditions {

    private final ObjectProvider<GateContributions> contributions;

    GateConditions(ObjectProvider<GateContributions> contributions) {
        this.contributions = contributions;
    }

    /** Every gate's conditions, the initiative module's own first; gates without any are left out. */
    Map<Gate, List<GateCondition>> of(Initiative initiative) {
        GateSubject subject = subject(initiative);
        Map<Gate, List<GateCondition>> all = new EnumMap<>(Gate.class);
        contributions
                .orderedStream()
                .forEach(contribution -> contribution
                        .conditions(subject)
                        .forEach((gate, conditions) -> all.computeIfAbsent(gate, key -> new ArrayList<>())
                                .addAll(conditions)));
        return all;
    }

    /**
     * The conditions of several initiatives of the organisation, by initiative and gate: each contributor is
     * asked once for all of them (one statement each, not one per initiative).
     */
    Map<UUID, Map<Gate, List<GateCondition>>> of(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        if (initiatives.isEmpty()) {
            return all;
        }
        contributions
                .orderedStream()
                .forEach(contribution -> contribution
                        .conditions(organizationId, initiatives)
                        .forEach((initiativeId, byGate) -> byGate.forEach((gate, conditions) -> all.computeIfAbsent(
                                        initiativeId, key -> new EnumMap<>(Gate.class))
                                .computeIfAbsent(gate, key -> new ArrayList<>())
                                .addAll(conditions))));
        return all;
    }

    List<GateCondition> of(Initiative initiative, Gate gate) {
        return of(initiative).getOrDefault(gate, List.of());
    }

    /** The facts other modules add to the gate's basis, by their keys. */
    Map<String, Object> facts(Initiative initiative, Gate gate) {
        GateSubject subject = subject(initiative);
        Map<String, Object> facts = new LinkedHashMap<>();
        contributions
                .orderedStream()
                .forEach(contribution -> contribution.facts(subject, gate).forEach((key, value) -> {
                    if (facts.putIfAbsent(key, value) != null) {
                        throw new IllegalStateException("Two modules contribute the gate fact " + key);
                    }
                }));
        return facts;
    }

    private static GateSubject subject(Initiative initiative) {
        return new GateSubject(initiative.organizationId(), initiative.id(), initiative.phase());
    }
}
