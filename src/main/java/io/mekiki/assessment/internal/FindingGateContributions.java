package io.mekiki.assessment.internal;

import io.mekiki.assessment.Finding;
import io.mekiki.assessment.Findings;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChoices;
import io.mekiki.selection.Candidates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the adoption and provider-selection gates rest on from the findings (ADR 030): a candidate is chosen
 * ({@value #CHOSEN}) and no blocking finding is open on it ({@value #NO_BLOCKING}); their basis holds the chosen
 * candidate and the findings of the open candidates with their dispositions, so a change makes them stale.
 */
@Component
class FindingGateContributions implements GateContributions {

    static final Set<Gate> GATES = Set.of(Gate.SELECTION_ADOPTION_DECIDED, Gate.SELECTION_PROVIDER_SELECTED);

    static final String CHOSEN = "CANDIDATE_CHOSEN";
    static final String NO_BLOCKING = "NO_OPEN_BLOCKING_FINDING";

    private final Findings findings;
    private final Candidates candidates;
    private final CandidateChoices choices;

    FindingGateContributions(Findings findings, Candidates candidates, CandidateChoices choices) {
        this.findings = findings;
        this.candidates = candidates;
        this.choices = choices;
    }

    /**
     * The choice, the candidates, their findings (raised, disposed, resolved) and the decisions accepting them
     * change only with an entry in the organisation's ledger.
     */
    @Override
    public boolean followsLedger() {
        return true;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        Optional<Candidate> chosen = chosen(initiative);
        List<GateCondition> conditions = new ArrayList<>();
        if (chosen.isEmpty()) {
            conditions.add(GateCondition.unmet(
                    CHOSEN,
                    "finding.condition.chosen",
                    NextStep.of(Party.RISK_OFFICER, "finding.condition.act.choose")));
        } else {
            String service = chosen.get().facts().serviceName();
            conditions.add(GateCondition.met(CHOSEN, "finding.condition.chosenNamed", service));
            List<String> blocking = findings
                    .openBlocking(initiative.organizationId(), chosen.get().id())
                    .stream()
                    .map(Finding::itemId)
                    .toList();
            conditions.add(
                    blocking.isEmpty()
                            ? GateCondition.met(NO_BLOCKING, "finding.condition.noBlocking", service)
                            : GateCondition.unmet(
                                    NO_BLOCKING,
                                    "finding.condition.blockingOpen",
                                    NextStep.of(Party.RISK_OFFICER, "finding.condition.act.dispose"),
                                    service,
                                    String.join(", ", blocking)));
        }
        Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
        GATES.forEach(gate -> byGate.put(gate, List.copyOf(conditions)));
        return byGate;
    }

    /** Lists show the current gate's conditions: only initiatives in selection need their findings read. */
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
        Map<UUID, Candidate> open = candidates.openOf(initiative.organizationId(), initiative.initiativeId()).stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        Optional<Candidate> chosen = chosen(initiative);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(
                "chosenCandidate",
                chosen.map(candidate -> Map.<String, Object>of(
                                "serviceId", candidate.serviceId().toString(),
                                "service", candidate.facts().serviceName()))
                        .orElse(Map.of()));
        facts.put(
                "findings",
                findings.ofOpenCandidates(initiative.organizationId(), initiative.initiativeId()).stream()
                        .filter(finding -> open.containsKey(finding.candidateId()))
                        .sorted(Comparator.comparing((Finding finding) -> open.get(finding.candidateId())
                                        .serviceId()
                                        .toString())
                                .thenComparing(Finding::itemId)
                                .thenComparing(Finding::raisedAt))
                        .map(finding -> basis(finding, open.get(finding.candidateId())))
                        .toList());
        return facts;
    }

    private static Map<String, Object> basis(Finding finding, Candidate candidate) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("serviceId", candidate.serviceId().toString());
        facts.put("itemId", finding.itemId());
        facts.put("origin", finding.origin().name());
        facts.put("blocking", finding.blocking());
        facts.put("gapStatus", finding.gapStatus().name());
        facts.put("standing", finding.standing().name());
        facts.put(
                "disposition",
                finding.disposition() == null ? "" : finding.disposition().name());
        return facts;
    }

    private Optional<Candidate> chosen(GateSubject initiative) {
        return choices.chosenOf(initiative.organizationId(), initiative.initiativeId())
                .flatMap(id -> candidates.candidateOf(initiative.organizationId(), id))
                .filter(Candidate::open);
    }
}
