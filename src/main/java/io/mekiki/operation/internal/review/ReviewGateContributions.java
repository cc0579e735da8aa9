package io.mekiki.operation.internal.review;

import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractDates;
import io.mekiki.contract.Contracts;
import io.mekiki.contract.TerminationNotice;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.initiative.GateContributions;
import io.mekiki.initiative.GateSubject;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.operation.SupervisionReview;
import io.mekiki.operation.SupervisionReviewStatus;
import io.mekiki.shared.OrganizationTime;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the continuation gates rest on from the yearly supervision review (ADR 038): while the initiative has a
 * review open, or a contract within its term, both need the review of the current contract year submitted and
 * not yet decided ({@value #SUBMITTED}); an initiative without a contract, or whose contract has run out without
 * renewal, has nothing to supervise and no such condition. Their basis is that review, its assessment and the
 * figures of the year frozen on submission (key {@value #FACTS}).
 *
 * <p>Once the provider's termination notice is recorded on the contract (ADR 046), the continuation decision rests
 * on the notice instead ({@value #NOTICE}, met): the review of a year already decided need not be repeated to
 * end. Continuing is no longer possible on this contract: while no review of the year is open, the supervision
 * gate (needed only to continue) gets the unmet condition {@value #NO_CONTINUATION}.
 */
@Component
@Order(60)
class ReviewGateContributions implements GateContributions {

    static final String SUBMITTED = "SUPERVISION_REVIEW_SUBMITTED";
    /** The provider gave notice: the continuation decision rests on it (ADR 046). */
    static final String NOTICE = "PROVIDER_TERMINATION_NOTICE";
    /** The provider gave notice: continuing would need a new contract (ADR 046). */
    static final String NO_CONTINUATION = "CONTINUATION_NEEDS_NEW_CONTRACT";

    static final String FACTS = "supervisionReview";

    private static final List<Gate> GATES = List.of(Gate.CONTINUATION_SUPERVISION_APPROVED, Gate.CONTINUATION_DECIDED);

    private final ReviewStore store;
    private final Contracts contracts;
    private final OrganizationTime time;
    private final JsonMapper json;

    ReviewGateContributions(ReviewStore store, Contracts contracts, OrganizationTime time, JsonMapper json) {
        this.store = store;
        this.contracts = contracts;
        this.time = time;
        this.json = json;
    }

    /** Contracts, their notices and the reviews change only with an entry in the organisation's ledger. */
    @Override
    public boolean followsLedger() {
        return true;
    }

    /** Whether a contract is within its term depends on the organisation's today. */
    @Override
    public boolean followsTheDay() {
        return true;
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        LocalDate today = time.today(initiative.organizationId());
        List<Contract> found = contracts.ofInitiative(initiative.organizationId(), initiative.initiativeId());
        boolean inTerm = found.stream().anyMatch(contract -> inTerm(contract, today));
        TerminationNotice notice = found.stream()
                .filter(Contract::inForce)
                .map(Contract::terminationNotice)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return conditions(newest(initiative.organizationId(), initiative.initiativeId()), inTerm, notice);
    }

    private static boolean inTerm(Contract contract, LocalDate today) {
        return contract.inForce() && contract.dates(today).standing() == ContractDates.Standing.IN_TERM;
    }

    /** Lists ask only about initiatives in operation or its continuation: no other phase shows these gates. */
    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        List<UUID> operating = initiatives.stream()
                .filter(initiative -> initiative.phase() == InitiativePhase.OPERATION
                        || initiative.phase() == InitiativePhase.CONTINUATION_TERMINATION)
                .map(GateSubject::initiativeId)
                .toList();
        LocalDate today = time.today(organizationId);
        List<Contract> inForce = operating.isEmpty() ? List.of() : contracts.inForce(organizationId);
        java.util.Set<UUID> inTerm = inForce.stream()
                .filter(contract -> inTerm(contract, today))
                .map(Contract::initiativeId)
                .collect(Collectors.toSet());
        Map<UUID, TerminationNotice> notices = new HashMap<>();
        for (Contract contract : inForce) {
            TerminationNotice notice = contract.terminationNotice();
            if (notice != null) {
                notices.putIfAbsent(contract.initiativeId(), notice);
            }
        }
        Map<UUID, SupervisionReview> newest = store.ofInitiatives(organizationId, operating).stream()
                .collect(Collectors.toMap(
                        SupervisionReview::initiativeId,
                        review -> review,
                        (one, other) -> one.year() >= other.year() ? one : other));
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        for (GateSubject initiative : initiatives) {
            all.put(
                    initiative.initiativeId(),
                    operating.contains(initiative.initiativeId())
                            ? conditions(
                                    Optional.ofNullable(newest.get(initiative.initiativeId())),
                                    inTerm.contains(initiative.initiativeId()),
                                    notices.get(initiative.initiativeId()))
                            : Map.of());
        }
        return all;
    }

    @Override
    public Map<String, Object> facts(GateSubject initiative, Gate gate) {
        if (!GATES.contains(gate)) {
            return Map.of();
        }
        Optional<SupervisionReview> found = newest(initiative.organizationId(), initiative.initiativeId());
        if (found.isEmpty() || found.get().submittedAt() == null) {
            return Map.of();
        }
        SupervisionReview review = found.get();
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("reviewId", review.id().toString());
        fact.put("year", review.year());
        fact.put("periodFrom", review.periodFrom().toString());
        fact.put("periodTo", review.periodTo().toString());
        fact.put("conclusion", review.conclusion());
        fact.put("narrative", review.narrative());
        fact.put(
                "recommendedOutcome",
                review.recommendedOutcome() == null
                        ? null
                        : review.recommendedOutcome().name());
        fact.put(
                "compiled",
                store.compiledJson(review.organizationId(), review.id())
                        .map(frozen -> json.readValue(frozen, new TypeReference<Map<String, Object>>() {}))
                        .orElse(Map.of()));
        return Map.of(FACTS, fact);
    }

    static Map<Gate, List<GateCondition>> conditions(
            Optional<SupervisionReview> newest, boolean inTerm, @Nullable TerminationNotice notice) {
        boolean open = newest.map(review -> review.status() != SupervisionReviewStatus.DECIDED)
                .orElse(false);
        if (notice != null) {
            return noticeGiven(newest, open, notice);
        }
        if (!open && !inTerm) {
            return Map.of();
        }
        String year = newest.map(review -> Integer.toString(review.year())).orElse("-");
        // a decided review is last year's: the next year's gates wait for the next review
        boolean submitted = newest.map(review -> review.status() == SupervisionReviewStatus.SUBMITTED
                        || review.status() == SupervisionReviewStatus.APPROVED)
                .orElse(false);
        GateCondition condition = submitted
                ? GateCondition.met(SUBMITTED, "review.condition.submitted", year)
                : GateCondition.unmet(
                        SUBMITTED,
                        "review.condition.submitted",
                        NextStep.of(Party.RISK_OFFICER, "review.condition.act.submit"),
                        year);
        Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
        GATES.forEach(gate -> byGate.put(gate, List.of(condition)));
        return byGate;
    }

    /**
     * The provider gave notice: the continuation decision rests on it, and while no review of the year is open the
     * supervision gate (needed only to continue) cannot be met on this contract.
     */
    private static Map<Gate, List<GateCondition>> noticeGiven(
            Optional<SupervisionReview> newest, boolean open, TerminationNotice notice) {
        String received = notice.receivedOn().toString();
        String effective = notice.effectiveOn().toString();
        Map<Gate, List<GateCondition>> byGate = new EnumMap<>(Gate.class);
        byGate.put(
                Gate.CONTINUATION_DECIDED,
                List.of(GateCondition.met(NOTICE, "review.condition.notice", received, effective)));
        if (open) {
            String year = newest.map(review -> Integer.toString(review.year())).orElse("-");
            boolean submitted = newest.map(review -> review.status() == SupervisionReviewStatus.SUBMITTED
                            || review.status() == SupervisionReviewStatus.APPROVED)
                    .orElse(false);
            byGate.put(
                    Gate.CONTINUATION_SUPERVISION_APPROVED,
                    List.of(
                            submitted
                                    ? GateCondition.met(SUBMITTED, "review.condition.submitted", year)
                                    : GateCondition.unmet(
                                            SUBMITTED,
                                            "review.condition.submitted",
                                            NextStep.of(Party.RISK_OFFICER, "review.condition.act.submit"),
                                            year)));
        } else {
            byGate.put(
                    Gate.CONTINUATION_SUPERVISION_APPROVED,
                    List.of(GateCondition.unmet(
                            NO_CONTINUATION,
                            "review.condition.noticeNoContinuation",
                            NextStep.of(Party.EXECUTIVE, "review.condition.act.end"),
                            received,
                            effective)));
        }
        return byGate;
    }

    private Optional<SupervisionReview> newest(UUID organizationId, UUID initiativeId) {
        return store.ofInitiative(organizationId, initiativeId).stream().findFirst();
    }
}
