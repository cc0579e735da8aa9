package io.mekiki.assessment.internal;

import io.mekiki.assessment.Assessments;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the provider-selection gate rests on from the assessments: every applicable item of every open
 * candidate answered ({@value #ASSESSED}). Set only once there is a candidate (selection says so before).
 */
@Component
class AssessmentGateContributions implements GateContributions {

    static final String ASSESSED = "CANDIDATES_ASSESSED";

    private final Assessments assessments;

    AssessmentGateContributions(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        return condition(assessments
                .completionOf(initiative.organizationId(), List.of(initiative.initiativeId()))
                .getOrDefault(initiative.initiativeId(), List.of()));
    }

    private static Map<Gate, List<GateCondition>> condition(List<Assessments.Completion> open) {
        if (open.isEmpty()) {
            return Map.of();
        }
        List<String> behind = open.stream()
                .filter(assessment -> assessment.answered() < assessment.total())
                .map(assessment ->
                        assessment.serviceName() + " (" + assessment.answered() + "/" + assessment.total() + ")")
                .toList();
        GateCondition condition = behind.isEmpty()
                ? GateCondition.met(ASSESSED, "assessment.condition.assessed")
                : GateCondition.unmet(
                        ASSESSED,
                        "assessment.condition.assessedBehind",
                        NextStep.of(Party.RISK_OFFICER, "assessment.condition.act.answer"),
                        String.join(", ", behind));
        return Map.of(Gate.SELECTION_PROVIDER_SELECTED, List.of(condition));
    }

    /**
     * Lists show the conditions of each initiative's current gate, so only initiatives in the provider-selection
     * gate's phase need their assessments read; those are read together, in two statements (issue 11: with 200
     * initiatives, reading each one's assessments answer by answer made the home page several times slower).
     */
    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        List<UUID> choosing = initiatives.stream()
                .filter(initiative -> initiative.phase() == Gate.SELECTION_PROVIDER_SELECTED.phase())
                .map(GateSubject::initiativeId)
                .toList();
        Map<UUID, List<Assessments.Completion>> completion = assessments.completionOf(organizationId, choosing);
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        for (GateSubject initiative : initiatives) {
            all.put(
                    initiative.initiativeId(),
                    choosing.contains(initiative.initiativeId())
                            ? condition(completion.getOrDefault(initiative.initiativeId(), List.of()))
                            : Map.of());
        }
        return all;
    }
}
