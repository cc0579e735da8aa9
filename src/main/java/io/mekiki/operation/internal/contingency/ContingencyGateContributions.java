package io.mekiki.operation.internal.contingency;

import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import io.mekiki.operation.internal.contingency.ContingencyStore.Touching;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the gate OPERATION_CONTINGENCIES_DECIDED rests on from the contingencies (ADR 037): an initiative that a
 * contingency affected has the condition {@value #CLOSED}, unmet while any of them is open (an executive closes
 * it with its review). An initiative no contingency ever affected has no such condition. Everything it reads is
 * written with a ledger entry, so the answer may be kept until the organisation's ledger moves.
 */
@Component
class ContingencyGateContributions implements GateContributions {

    static final String CLOSED = "CONTINGENCY_CLOSED";

    private final ContingencyStore store;

    ContingencyGateContributions(ContingencyStore store) {
        this.store = store;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        return conditions(initiative.organizationId(), List.of(initiative))
                .getOrDefault(initiative.initiativeId(), Map.of());
    }

    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, List<Touching>> byInitiative =
                store
                        .touching(
                                organizationId,
                                initiatives.stream()
                                        .map(GateSubject::initiativeId)
                                        .toList())
                        .stream()
                        .collect(Collectors.groupingBy(Touching::initiativeId));
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        byInitiative.forEach((initiativeId, touching) -> {
            List<String> open = touching.stream()
                    .filter(Touching::open)
                    .map(Touching::title)
                    .toList();
            GateCondition condition = open.isEmpty()
                    ? GateCondition.met(CLOSED, "contingency.condition.closed")
                    : GateCondition.unmet(
                            CLOSED,
                            "contingency.condition.open",
                            NextStep.of(Party.EXECUTIVE, "contingency.condition.act.close"),
                            String.join(" / ", open));
            Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
            byGate.put(Gate.OPERATION_CONTINGENCIES_DECIDED, List.of(condition));
            all.put(initiativeId, byGate);
        });
        return all;
    }

    @Override
    public boolean followsLedger() {
        return true;
    }
}
