package io.mekiki.operation.internal.incident;

import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import io.mekiki.operation.OperationFinding;
import io.mekiki.operation.OperationFindingDecision;
import io.mekiki.operation.OperationFindings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the operation gate {@code OPERATION_FINDINGS_RESOLVED} rests on from the findings (ADR 036): every
 * significant finding of the initiative has an approved executive decision on its response (code {@code
 * SIGNIFICANT_FINDING_OF<n>}). The gate covers many decisions, so these conditions hold the move out of
 * operation rather than a request (initiative.GateRules).
 */
@Component
@Order(60)
class OperationFindingGateContributions implements GateContributions {

    static final String CODE_PREFIX = "SIGNIFICANT_FINDING_";

    private final OperationFindings findings;

    OperationFindingGateContributions(OperationFindings findings) {
        this.findings = findings;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        return conditions(initiative.organizationId(), List.of(initiative))
                .getOrDefault(initiative.initiativeId(), Map.of());
    }

    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, List<OperationFinding>> significant = findings.significant(
                organizationId,
                initiatives.stream().map(GateSubject::initiativeId).toList());
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        for (GateSubject initiative : initiatives) {
            List<GateCondition> conditions = new ArrayList<>();
            for (OperationFinding finding : significant.getOrDefault(initiative.initiativeId(), List.of())) {
                conditions.add(condition(finding));
            }
            all.put(
                    initiative.initiativeId(),
                    conditions.isEmpty() ? Map.of() : Map.of(Gate.OPERATION_FINDINGS_RESOLVED, conditions));
        }
        return all;
    }

    static GateCondition condition(OperationFinding finding) {
        String code = CODE_PREFIX + "OF" + finding.number();
        String label = "operationFinding.condition.decided";
        if (finding.decision() == OperationFindingDecision.APPROVED) {
            return GateCondition.met(code, label, finding.code(), finding.title());
        }
        NextStep who = finding.decision() == OperationFindingDecision.WAITING
                ? NextStep.of(Party.EXECUTIVE, "operationFinding.condition.act.decide")
                : NextStep.of(Party.PLANNER, "operationFinding.condition.act.request");
        return GateCondition.unmet(code, label, who, finding.code(), finding.title());
    }

    /** Findings and decisions are written with their ledger entries; nothing else moves these conditions. */
    @Override
    public boolean followsLedger() {
        return true;
    }
}
