package io.mekiki.contract;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the application gates rest on from the contract (ADR 034). The terms gate: a contract recorded
 * ({@value #RECORDED}) with its terms document ({@value #DOCUMENT}), every item of the terms review answered
 * ({@value #REVIEWED}), the exit terms fixed ({@value #EXIT}); its basis the contract's record, the review's
 * answers, the deviations and the exit terms. The special-items gate: the contract recorded and every special
 * item reconfirmed against it ({@value #RECONFIRMED}); its basis the record and the special items' answers.
 */
@Component
@Order(40)
class ContractGateContributions implements GateContributions {

    static final String RECORDED = "CONTRACT_RECORDED";
    static final String DOCUMENT = "TERMS_DOCUMENT_ATTACHED";
    static final String REVIEWED = "TERMS_REVIEWED";
    static final String EXIT = "EXIT_TERMS_FIXED";
    static final String RECONFIRMED = "SPECIAL_ITEMS_RECONFIRMED";

    private final Contracts contracts;
    private final TermsReviews reviews;

    ContractGateContributions(Contracts contracts, TermsReviews reviews) {
        this.contracts = contracts;
        this.reviews = reviews;
    }

    /** Contracts, their reviews, candidates' scopings and the catalogue change only with a ledger entry. */
    @Override
    public boolean followsLedger() {
        return true;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        Optional<Contract> found = contract(initiative);
        NextStep planner = NextStep.of(Party.PLANNER, "contract.condition.act.record");
        Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
        if (found.isEmpty()) {
            GateCondition missing = GateCondition.unmet(RECORDED, "contract.condition.recorded", planner);
            byGate.put(Gate.APPLICATION_TERMS_APPROVED, List.of(missing));
            byGate.put(Gate.APPLICATION_SPECIAL_ITEMS_RECONFIRMED, List.of(missing));
            return byGate;
        }
        Contract contract = found.get();
        TermsReview review = reviews.reviewOf(contract);
        GateCondition recorded = GateCondition.met(RECORDED, "contract.condition.recorded");
        List<GateCondition> terms = new ArrayList<>();
        terms.add(recorded);
        terms.add(
                contract.termsDocument() != null
                        ? GateCondition.met(DOCUMENT, "contract.condition.document")
                        : GateCondition.unmet(
                                DOCUMENT,
                                "contract.condition.document",
                                NextStep.of(Party.PLANNER, "contract.condition.act.document")));
        String answered = review.answered() + "/" + review.total();
        terms.add(
                review.complete()
                        ? GateCondition.met(REVIEWED, "contract.condition.reviewed", answered)
                        : GateCondition.unmet(
                                REVIEWED,
                                "contract.condition.reviewed",
                                NextStep.of(Party.PLANNER, "contract.condition.act.review"),
                                answered));
        terms.add(
                contract.exitTermsFixed()
                        ? GateCondition.met(EXIT, "contract.condition.exit")
                        : GateCondition.unmet(
                                EXIT,
                                "contract.condition.exit",
                                NextStep.of(Party.PLANNER, "contract.condition.act.exit")));
        byGate.put(Gate.APPLICATION_TERMS_APPROVED, List.copyOf(terms));
        String reconfirmed = review.reconfirmed() + "/" + review.special().size();
        byGate.put(
                Gate.APPLICATION_SPECIAL_ITEMS_RECONFIRMED,
                List.of(
                        recorded,
                        review.reconfirmed() == review.special().size()
                                ? GateCondition.met(RECONFIRMED, "contract.condition.reconfirmed", reconfirmed)
                                : GateCondition.unmet(
                                        RECONFIRMED,
                                        "contract.condition.reconfirmed",
                                        NextStep.of(Party.PLANNER, "contract.condition.act.reconfirm"),
                                        reconfirmed)));
        return byGate;
    }

    /** Lists read the conditions of initiatives in application only: others do not show these gates as next. */
    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        for (GateSubject initiative : initiatives) {
            all.put(
                    initiative.initiativeId(),
                    initiative.phase() == InitiativePhase.APPLICATION ? conditions(initiative) : Map.of());
        }
        return all;
    }

    @Override
    public Map<String, Object> facts(GateSubject initiative, Gate gate) {
        if (gate != Gate.APPLICATION_TERMS_APPROVED && gate != Gate.APPLICATION_SPECIAL_ITEMS_RECONFIRMED) {
            return Map.of();
        }
        Optional<Contract> found = contract(initiative);
        if (found.isEmpty()) {
            return Map.of();
        }
        Contract contract = found.get();
        TermsReview review = reviews.reviewOf(contract);
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("title", contract.title());
        record.putAll(contract.recordFacts());
        record.put("firstTermEnds", contract.terms().term(0).end().toString());
        Contract.TermsDocument document = contract.termsDocument();
        record.put(
                "termsDocument",
                document == null ? null : document.fileName() + " (SHA-256 " + document.sha256() + ")");
        facts.put("contract", record);
        if (gate == Gate.APPLICATION_TERMS_APPROVED) {
            facts.put("contractTermsReview", answers(review.items()));
            facts.put(
                    "contractDeviations",
                    review.deviations().stream()
                            .map(item -> {
                                Map<String, Object> fact = new LinkedHashMap<>();
                                fact.put("itemId", item.itemId());
                                fact.put("item", item.title().ja());
                                fact.put("clause", item.answer().clause());
                                fact.put("reason", item.answer().reason());
                                fact.put("mitigation", item.answer().mitigation());
                                return fact;
                            })
                            .toList());
            facts.put("contractExitTerms", contract.exitFacts());
        } else {
            facts.put("contractSpecialItems", answers(review.special()));
        }
        return facts;
    }

    private static List<Map<String, Object>> answers(List<TermsReview.Item> items) {
        return items.stream()
                .filter(TermsReview.Item::answered)
                .map(item -> TermsReviews.fact(item.itemId(), item.answer()))
                .toList();
    }

    private Optional<Contract> contract(GateSubject initiative) {
        return contracts.ofInitiative(initiative.organizationId(), initiative.initiativeId()).stream()
                .findFirst();
    }
}
