package io.mekiki.selection;

import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.provider.CloudServices;
import io.mekiki.provider.ServiceFacts;
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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the selection gates rest on: at least one candidate, every candidate scoped on its service's
 * current facts, and, as the gates' basis, the candidates with their scopings (ADR 021).
 */
@Component
class CandidateGateContributions implements GateContributions {

    /** The gates of comparison and selection, which rest on the candidates. */
    static final Set<Gate> SELECTION_GATES = Set.of(Gate.SELECTION_ADOPTION_DECIDED, Gate.SELECTION_PROVIDER_SELECTED);

    static final String PRESENT = "CANDIDATE_PRESENT";
    static final String CURRENT = "CANDIDATE_SCOPING_CURRENT";

    private final CandidateStore store;
    private final CloudServices services;

    CandidateGateContributions(CandidateStore store, CloudServices services) {
        this.store = store;
        this.services = services;
    }

    /** Candidates, services and providers change only with an entry in the organisation's ledger. */
    @Override
    public boolean followsLedger() {
        return true;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        return conditions(open(initiative), this::onCurrentFacts);
    }

    private static Map<Gate, List<GateCondition>> conditions(List<Candidate> open, Predicate<Candidate> current) {
        List<GateCondition> conditions = new ArrayList<>();
        conditions.add(
                open.isEmpty()
                        ? GateCondition.unmet(
                                PRESENT,
                                "selection.condition.present",
                                NextStep.of(Party.PLANNER, "selection.condition.act.add"))
                        : GateCondition.met(PRESENT, "selection.condition.present"));
        if (!open.isEmpty()) {
            List<String> behind = open.stream()
                    .filter(candidate -> !current.test(candidate))
                    .map(candidate -> candidate.facts().serviceName())
                    .toList();
            conditions.add(
                    behind.isEmpty()
                            ? GateCondition.met(CURRENT, "selection.condition.current")
                            : GateCondition.unmet(
                                    CURRENT,
                                    "selection.condition.currentBehind",
                                    NextStep.of(Party.PLANNER, "selection.condition.act.rescope"),
                                    String.join(", ", behind)));
        }
        Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
        SELECTION_GATES.forEach(gate -> byGate.put(gate, List.copyOf(conditions)));
        return byGate;
    }

    /** One statement for the candidates of all the initiatives and one for the services they use. */
    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, List<Candidate>> open = store
                .openOfInitiatives(
                        organizationId,
                        initiatives.stream().map(GateSubject::initiativeId).toList())
                .stream()
                .collect(Collectors.groupingBy(Candidate::initiativeId));
        Map<UUID, ServiceFacts> facts = services
                .factsOf(
                        organizationId,
                        open.values().stream()
                                .flatMap(List::stream)
                                .map(Candidate::serviceId)
                                .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(ServiceFacts::serviceId, Function.identity()));
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        for (GateSubject initiative : initiatives) {
            all.put(
                    initiative.initiativeId(),
                    conditions(
                            open.getOrDefault(initiative.initiativeId(), List.of()),
                            candidate -> candidate.facts().equals(facts.get(candidate.serviceId()))));
        }
        return all;
    }

    @Override
    public Map<String, Object> facts(GateSubject initiative, Gate gate) {
        if (!SELECTION_GATES.contains(gate)) {
            return Map.of();
        }
        List<Map<String, Object>> candidates = open(initiative).stream()
                .sorted(Comparator.comparing(candidate -> candidate.serviceId().toString()))
                .map(CandidateGateContributions::basis)
                .toList();
        return Map.of("candidates", candidates);
    }

    private List<Candidate> open(GateSubject initiative) {
        return store.ofInitiative(initiative.organizationId(), initiative.initiativeId()).stream()
                .filter(Candidate::open)
                .toList();
    }

    /** True when the facts the candidate was scoped with are the service's facts now (ADR 018: equal records). */
    private boolean onCurrentFacts(Candidate candidate) {
        Optional<ServiceFacts> now = services.facts(candidate.organizationId(), candidate.serviceId());
        return now.isPresent() && now.get().equals(candidate.facts());
    }

    private static Map<String, Object> basis(Candidate candidate) {
        ScopingSnapshot scoping = candidate.scoping();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("serviceId", candidate.serviceId().toString());
        facts.put("service", candidate.facts().serviceName());
        facts.put("provider", candidate.facts().providerName());
        Map<String, Object> scoped = new LinkedHashMap<>();
        scoped.put("release", scoping.release());
        scoped.put(
                "sections",
                scoping.sections().stream().map(entry -> entry.section().name()).toList());
        scoped.put("items", scoping.itemIds());
        scoped.put("hash", candidate.scopingHash());
        facts.put("scoping", scoped);
        return facts;
    }
}
