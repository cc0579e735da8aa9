package io.mekiki.comparison.internal;

import io.mekiki.comparison.Comparisons;
import io.mekiki.comparison.CriteriaSet;
import io.mekiki.comparison.Criterion;
import io.mekiki.comparison.internal.ComparisonStore.Score;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.Candidates;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the adoption and provider-selection gates rest on from the comparison (ADR 031): the criteria set
 * ({@value #CRITERIA}) and every open candidate and the in-house baseline scored on every criterion
 * ({@value #SCORED}); as their basis, the criteria with weights and scales, the scores, the costs entered and
 * the KPI fit, each under a key of its own so that a changed score is named as such.
 */
@Component
@Order(30)
class ComparisonGateContributions implements GateContributions {

    static final Set<Gate> GATES = Set.of(Gate.SELECTION_ADOPTION_DECIDED, Gate.SELECTION_PROVIDER_SELECTED);

    static final String CRITERIA = "CRITERIA_SET";
    static final String SCORED = "COLUMNS_SCORED";

    private final ComparisonStore store;
    private final Candidates candidates;

    ComparisonGateContributions(ComparisonStore store, Candidates candidates) {
        this.store = store;
        this.candidates = candidates;
    }

    /** Criteria, scores and the open candidates with their names change only with an entry in the ledger. */
    @Override
    public boolean followsLedger() {
        return true;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        CriteriaSet criteria = store.criteria(initiative.organizationId(), initiative.initiativeId());
        List<GateCondition> conditions = new ArrayList<>();
        if (!criteria.present()) {
            conditions.add(GateCondition.unmet(
                    CRITERIA,
                    "comparison.condition.criteria",
                    NextStep.of(Party.RISK_OFFICER, "comparison.condition.act.criteria")));
        } else {
            conditions.add(GateCondition.met(CRITERIA, "comparison.condition.criteria"));
            conditions.add(scored(initiative, criteria));
        }
        Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
        GATES.forEach(gate -> byGate.put(gate, List.copyOf(conditions)));
        return byGate;
    }

    private GateCondition scored(GateSubject initiative, CriteriaSet criteria) {
        Map<String, Integer> scored = new HashMap<>();
        Set<UUID> ids = criteria.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
        for (Score score : store.scores(initiative.organizationId(), initiative.initiativeId())) {
            if (ids.contains(score.criterionId())) {
                scored.merge(score.column(), 1, Integer::sum);
            }
        }
        int all = ids.size();
        List<String> behind = new ArrayList<>();
        for (Candidate candidate : candidates.openOf(initiative.organizationId(), initiative.initiativeId())) {
            int done = scored.getOrDefault(candidate.id().toString(), 0);
            if (done < all) {
                behind.add(candidate.facts().serviceName() + " (" + done + "/" + all + ")");
            }
        }
        int inHouse = scored.getOrDefault(Comparisons.IN_HOUSE, 0);
        NextStep who = NextStep.of(Party.RISK_OFFICER, "comparison.condition.act.score");
        if (inHouse < all) {
            return behind.isEmpty()
                    ? GateCondition.unmet(SCORED, "comparison.condition.scoredBehindInHouse", who, inHouse + "/" + all)
                    : GateCondition.unmet(
                            SCORED,
                            "comparison.condition.scoredBehindWithInHouse",
                            who,
                            String.join(", ", behind),
                            inHouse + "/" + all);
        }
        return behind.isEmpty()
                ? GateCondition.met(SCORED, "comparison.condition.scored")
                : GateCondition.unmet(SCORED, "comparison.condition.scoredBehind", who, String.join(", ", behind));
    }

    /** Lists read the conditions of initiatives in selection only: earlier ones do not show these gates yet. */
    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        for (GateSubject initiative : initiatives) {
            all.put(
                    initiative.initiativeId(),
                    initiative.phase() == Gate.SELECTION_PROVIDER_SELECTED.phase() ? conditions(initiative) : Map.of());
        }
        return all;
    }

    @Override
    public Map<String, Object> facts(GateSubject initiative, Gate gate) {
        if (!GATES.contains(gate)) {
            return Map.of();
        }
        UUID organizationId = initiative.organizationId();
        UUID initiativeId = initiative.initiativeId();
        CriteriaSet criteria = store.criteria(organizationId, initiativeId);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(
                "comparisonCriteria",
                criteria.criteria().stream()
                        .map(criterion -> {
                            Map<String, Object> fact = new LinkedHashMap<>();
                            fact.put("id", criterion.id().toString());
                            fact.put("name", criterion.name());
                            fact.put("group", criterion.group().name());
                            fact.put("weight", criterion.weight());
                            fact.put("scaleMin", criterion.scaleMin());
                            fact.put("scaleMax", criterion.scaleMax());
                            fact.put("steps", criterion.steps());
                            return fact;
                        })
                        .toList());
        Map<UUID, String> names =
                criteria.criteria().stream().collect(Collectors.toMap(Criterion::id, Criterion::name));
        facts.put(
                "comparisonScores",
                store.scores(organizationId, initiativeId).stream()
                        .filter(score -> names.containsKey(score.criterionId()))
                        .map(score -> {
                            Map<String, Object> fact = new LinkedHashMap<>();
                            fact.put("column", score.column());
                            fact.put("criterion", names.get(score.criterionId()));
                            fact.put("score", score.score());
                            fact.put("comment", score.comment());
                            return fact;
                        })
                        .toList());
        facts.put(
                "comparisonCosts",
                store.costs(organizationId, initiativeId).stream()
                        .map(cost -> {
                            Map<String, Object> fact = new LinkedHashMap<>();
                            fact.put("candidateId", cost.candidateId().toString());
                            fact.put("initialCost", cost.initialCost());
                            fact.put("monthlyCost", cost.monthlyCost());
                            return fact;
                        })
                        .toList());
        facts.put(
                "comparisonKpiFit",
                store.fits(organizationId, initiativeId).stream()
                        .map(fit -> {
                            Map<String, Object> fact = new LinkedHashMap<>();
                            fact.put("column", fit.column());
                            fact.put("kpiId", fit.kpiId().toString());
                            fact.put("fit", fit.fit().name());
                            fact.put("comment", fit.comment());
                            return fact;
                        })
                        .toList());
        return facts;
    }
}
