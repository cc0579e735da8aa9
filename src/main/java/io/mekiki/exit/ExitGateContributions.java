package io.mekiki.exit;

import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import io.mekiki.initiative.InitiativePhase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the termination gates rest on (ADR 040). Data returned: the exit started ({@value #STARTED}) and each data set
 * of its plan returned and checked complete ({@value #DATA_SET}{@code <n>}, one per data set, so that a refusal
 * names each). Deletion confirmed: the exit started and the deletion evidenced ({@value #DELETION}) by a certificate
 * or an assessed alternative. Their bases: the data sets with their latest return, and the deletion evidence.
 */
@Component
@Order(60)
class ExitGateContributions implements GateContributions {

    static final String STARTED = "EXIT_STARTED";
    static final String DATA_SET = "DATA_SET_";
    static final String DELETION = "DELETION_EVIDENCED";

    private final Exits exits;

    ExitGateContributions(Exits exits) {
        this.exits = exits;
    }

    /** Every change of an exit is recorded in the ledger (ExitChange), and so is the initiative's phase. */
    @Override
    public boolean followsLedger() {
        return true;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        Optional<Exit> found = exits.ofInitiative(initiative.organizationId(), initiative.initiativeId());
        Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
        NextStep officer = NextStep.of(Party.RISK_OFFICER, "exit.condition.act.start");
        if (found.isEmpty()) {
            GateCondition missing = GateCondition.unmet(STARTED, "exit.condition.started", officer);
            byGate.put(Gate.TERMINATION_DATA_RETURNED, List.of(missing));
            byGate.put(Gate.TERMINATION_DELETION_CONFIRMED, List.of(missing));
            return byGate;
        }
        Exit exit = found.get();
        GateCondition started = GateCondition.met(STARTED, "exit.condition.started");
        List<GateCondition> returned = new ArrayList<>();
        returned.add(started);
        if (exit.dataSets().isEmpty()) {
            returned.add(GateCondition.unmet(
                    DATA_SET + 1,
                    "exit.condition.noDataSets",
                    NextStep.of(Party.RISK_OFFICER, "exit.condition.act.plan")));
        }
        for (Exit.DataSet set : exit.dataSets()) {
            String code = DATA_SET + (set.position() + 1);
            returned.add(
                    switch (set.state()) {
                        case COMPLETE -> GateCondition.met(code, "exit.condition.dataSet", set.what());
                        case NOT_RETURNED ->
                            GateCondition.unmet(
                                    code,
                                    "exit.condition.dataSet.NOT_RETURNED",
                                    NextStep.of(Party.RISK_OFFICER, set.checkerName(), "exit.condition.act.return"),
                                    set.what());
                        case INCOMPLETE ->
                            GateCondition.unmet(
                                    code,
                                    "exit.condition.dataSet.INCOMPLETE",
                                    NextStep.of(Party.RISK_OFFICER, set.checkerName(), "exit.condition.act.correct"),
                                    set.what(),
                                    String.valueOf(set.returns().get(0).missing()));
                    });
        }
        byGate.put(Gate.TERMINATION_DATA_RETURNED, List.copyOf(returned));
        byGate.put(
                Gate.TERMINATION_DELETION_CONFIRMED,
                List.of(
                        started,
                        exit.currentEvidence() != null
                                ? GateCondition.met(DELETION, "exit.condition.deletion")
                                : GateCondition.unmet(
                                        DELETION,
                                        "exit.condition.deletion",
                                        NextStep.of(Party.RISK_OFFICER, "exit.condition.act.deletion"))));
        return byGate;
    }

    /** Lists read the conditions of initiatives in continuation or termination only: others do not show these gates. */
    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        for (GateSubject initiative : initiatives) {
            all.put(
                    initiative.initiativeId(),
                    initiative.phase() == InitiativePhase.CONTINUATION_TERMINATION ? conditions(initiative) : Map.of());
        }
        return all;
    }

    @Override
    public Map<String, Object> facts(GateSubject initiative, Gate gate) {
        if (gate != Gate.TERMINATION_DATA_RETURNED && gate != Gate.TERMINATION_DELETION_CONFIRMED) {
            return Map.of();
        }
        return exits.ofInitiative(initiative.organizationId(), initiative.initiativeId())
                .map(exit -> gate == Gate.TERMINATION_DATA_RETURNED
                        ? exits.dataReturnFacts(exit)
                        : exits.deletionFacts(exit))
                .orElse(Map.of());
    }
}
