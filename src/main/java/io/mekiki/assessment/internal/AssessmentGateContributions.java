package io.mekiki.assessment.internal;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the adoption and provider-selection gates rest on from the assessments: every applicable item of every
 * open candidate answered ({@value #ASSESSED}), a derived answer waiting for confirmation or marked for review
 * not counting (ADR 029); and, as their basis, the answers of every open candidate per item (status, source,
 * confirmed, under review) under {@value #FACTS}, by service name and item, so that a changed answer stales
 * the decisions and their page says which. Set only once there is a candidate (selection says so before).
 */
@Component
class AssessmentGateContributions implements GateContributions {

    static final String ASSESSED = "CANDIDATES_ASSESSED";

    /** The key of the contributed facts: {@code assessments.<service name>.<item id>.status} and so on. */
    static final String FACTS = "assessments";

    static final List<Gate> GATES = List.of(Gate.SELECTION_ADOPTION_DECIDED, Gate.SELECTION_PROVIDER_SELECTED);

    private final Assessments assessments;

    AssessmentGateContributions(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Answers and the candidates' scopings change only with an entry in the organisation's ledger. */
    @Override
    public boolean followsLedger() {
        return true;
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
                .map(assessment -> assessment.waiting() == 0
                        ? assessment.serviceName() + " (" + assessment.answered() + "/" + assessment.total() + ")"
                        : assessment.serviceName() + " (" + assessment.answered() + "/" + assessment.total() + ", "
                                + assessment.waiting() + ")")
                .toList();
        int waiting = open.stream().mapToInt(Assessments.Completion::waiting).sum();
        GateCondition condition = behind.isEmpty()
                ? GateCondition.met(ASSESSED, "assessment.condition.assessed")
                : waiting == 0
                        ? GateCondition.unmet(
                                ASSESSED,
                                "assessment.condition.assessedBehind",
                                NextStep.of(Party.RISK_OFFICER, "assessment.condition.act.answer"),
                                String.join(", ", behind))
                        : GateCondition.unmet(
                                ASSESSED,
                                "assessment.condition.assessedWaiting",
                                NextStep.of(Party.RISK_OFFICER, "assessment.condition.act.confirm"),
                                String.join(", ", behind),
                                Integer.toString(waiting));
        Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
        GATES.forEach(gate -> byGate.put(gate, List.of(condition)));
        return byGate;
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

    @Override
    public Map<String, Object> facts(GateSubject initiative, Gate gate) {
        if (!GATES.contains(gate)) {
            return Map.of();
        }
        List<Assessment> open = assessments.openOf(initiative.organizationId(), initiative.initiativeId());
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> byService = new TreeMap<>();
        for (Assessment assessment : open) {
            Map<String, Object> items = new TreeMap<>();
            for (Assessment.Entry entry : assessment.entries()) {
                Answer answer = entry.answer();
                if (answer != null) {
                    Map<String, Object> fact = new LinkedHashMap<>();
                    fact.put("status", answer.status().name());
                    fact.put("source", answer.source().name());
                    fact.put("confirmed", !answer.waiting());
                    fact.put("review", answer.underReview());
                    items.put(entry.itemId(), fact);
                }
            }
            String key = assessment.serviceName();
            if (byService.containsKey(key)) {
                // two services of one name (different providers): the candidate tells them apart
                key = key + " [" + assessment.candidateId() + "]";
            }
            byService.put(key, items);
        }
        return Map.of(FACTS, byService);
    }
}
