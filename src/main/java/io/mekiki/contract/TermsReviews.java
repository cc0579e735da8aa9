package io.mekiki.contract;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terms review of a contract (ADR 034): which check items it covers, and their answers against the
 * contract. Everyone in the organisation reads; planners answer. Every change makes the application gates'
 * approvals stale through their basis.
 */
@Service
public class TermsReviews {

    /** The guide's special check items: the responsibility split and the misalignment points. */
    public static final Set<Section> SPECIAL = Set.of(Section.RESPONSIBILITY_SPLIT, Section.MISALIGNMENT);

    private final Contracts contracts;
    private final TermsReviewStore store;
    private final Candidates candidates;
    private final CatalogReleases releases;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TermsReviews(
            Contracts contracts,
            TermsReviewStore store,
            Candidates candidates,
            CatalogReleases releases,
            Initiatives initiatives,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.store = store;
        this.candidates = candidates;
        this.releases = releases;
        this.initiatives = initiatives;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The contract's terms review with the approval of its deviations, if one stands.
     *
     * @throws NotFoundException when the contract is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public TermsReview review(SignedInUser user, UUID contractId) {
        Contract contract = contracts.contract(user, contractId);
        TermsReview review = reviewOf(contract);
        return contracts
                .termsApproval(user, contract)
                .map(decision -> new TermsReview(
                        review.contractId(),
                        review.initiativeId(),
                        review.release(),
                        review.items(),
                        new TermsReview.Approval(
                                decision.id(), decision.title(), decision.decidedByName(), decision.decidedAt())))
                .orElse(review);
    }

    /** The review as it stands, without the approval (gates, lists). */
    @Transactional(readOnly = true)
    public TermsReview reviewOf(Contract contract) {
        Map<String, TermsReview.Answer> answers = store.answers(contract.organizationId(), contract.id());
        ScopingSnapshot scoping = candidates
                .candidateOf(contract.organizationId(), contract.candidateId())
                .map(candidate -> candidate.scoping())
                .orElse(null);
        if (scoping == null) {
            return new TermsReview(contract.id(), contract.initiativeId(), "", List.of(), null);
        }
        CatalogRelease release = releases.release(contract.organizationId(), scoping.release());
        List<TermsReview.Item> special = new ArrayList<>();
        List<TermsReview.Item> others = new ArrayList<>();
        for (Section section : List.of(Section.RESPONSIBILITY_SPLIT, Section.MISALIGNMENT)) {
            for (ScopingSnapshot.ItemEntry entry : scoping.itemsOf(section)) {
                release.item(entry.itemId()).ifPresent(item -> special.add(item(item, true, answers.get(item.id()))));
            }
        }
        for (ScopingSnapshot.ItemEntry entry : scoping.items()) {
            if (SPECIAL.contains(entry.section())) {
                continue;
            }
            release.item(entry.itemId())
                    .filter(item -> item.phase() == LifeCyclePhase.APPLICATION)
                    .ifPresent(item -> others.add(item(item, false, answers.get(item.id()))));
        }
        List<TermsReview.Item> items = new ArrayList<>(special);
        items.addAll(others);
        return new TermsReview(contract.id(), contract.initiativeId(), scoping.release(), items, null);
    }

    private static TermsReview.Item item(CheckItem item, boolean special, TermsReview.@Nullable Answer answer) {
        return new TermsReview.Item(
                item.id(), item.section(), item.phase(), item.title(), item.question(), item.weight(), special, answer);
    }

    /**
     * Answers items of the review, all or none: each entry names an item of the review; an answer that did not
     * change is left as it is.
     *
     * @throws RuleViolationException 400 naming {@code answers[i].itemId|result|clause|reason|mitigation|reconfirmed};
     *     409 when the contract has ended
     */
    @Transactional
    @PreAuthorize(Contracts.PLANNERS)
    public TermsReview answer(SignedInUser user, UUID contractId, @Nullable List<TermsReviewAnswer> answers) {
        Contract contract = contracts.contract(user, contractId);
        if (contract.status() == ContractStatus.ENDED) {
            throw RuleViolationException.conflict("contract.error.ended");
        }
        if (answers == null || answers.isEmpty()) {
            throw ContractRules.invalid("answers", "contract.error.answersNeeded");
        }
        TermsReview review = reviewOf(contract);
        Map<String, TermsReview.Item> items = new LinkedHashMap<>();
        review.items().forEach(item -> items.put(item.itemId(), item));
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (int index = 0; index < answers.size(); index++) {
            String prefix = "answers[" + index + "].";
            TermsReviewAnswer given = answers.get(index);
            TermsReview.Item item = given == null || given.itemId() == null
                    ? null
                    : items.get(given.itemId().strip());
            if (item == null) {
                throw ContractRules.invalid(prefix + "itemId", "contract.error.notReviewItem");
            }
            if (!seen.add(item.itemId())) {
                throw ContractRules.invalid(prefix + "itemId", "contract.error.itemTwice", item.itemId());
            }
            TermsReview.Answer answer = checked(prefix, item, given, user.userId(), now);
            TermsReview.Answer before = item.answer();
            if (before != null && same(before, answer)) {
                answer = new TermsReview.Answer(
                        answer.result(),
                        answer.clause(),
                        answer.note(),
                        answer.reason(),
                        answer.mitigation(),
                        before.reviewedAt(),
                        before.reviewedBy(),
                        given.reconfirmed() == null || (given.reconfirmed() && before.reconfirmed())
                                ? before.reconfirmedAt()
                                : answer.reconfirmedAt(),
                        given.reconfirmed() == null || (given.reconfirmed() && before.reconfirmed())
                                ? before.reconfirmedBy()
                                : answer.reconfirmedBy());
                if (Objects.equals(before.reconfirmedAt(), answer.reconfirmedAt())) {
                    continue;
                }
            }
            TermsReview.Answer kept = answer;
            writes.add(() -> store.save(contract.organizationId(), contract.id(), item.itemId(), kept));
            changed.add(fact(item.itemId(), kept));
        }
        if (changed.isEmpty()) {
            return review(user, contractId);
        }
        writes.forEach(Runnable::run);
        events.publishEvent(new TermsReviewed(
                user.organizationId(), user.actor(), contract.id(), contract.initiativeId(), changed));
        initiatives.gateFactsChanged(user.organizationId(), contract.initiativeId(), user.actor());
        return review(user, contractId);
    }

    private static TermsReview.Answer checked(
            String prefix, TermsReview.Item item, TermsReviewAnswer given, UUID by, Instant now) {
        TermsReviewResult result;
        try {
            result = TermsReviewResult.valueOf(
                    given.result() == null ? "" : given.result().strip());
        } catch (IllegalArgumentException outside) {
            throw ContractRules.invalid(
                    prefix + "result", "contract.error.notInList", ContractRules.names(TermsReviewResult.values()));
        }
        String clause = ContractRules.text(prefix + "clause", given.clause());
        String note = ContractRules.text(prefix + "note", given.note(), ContractRules.LONG_TEXT_MAX);
        String reason = ContractRules.text(prefix + "reason", given.reason(), ContractRules.LONG_TEXT_MAX);
        String mitigation = ContractRules.text(prefix + "mitigation", given.mitigation(), ContractRules.LONG_TEXT_MAX);
        if (result != TermsReviewResult.NOT_ADDRESSED && clause == null) {
            throw ContractRules.invalid(prefix + "clause", "contract.error.clauseNeeded");
        }
        if (result == TermsReviewResult.DEVIATES && reason == null) {
            throw ContractRules.invalid(prefix + "reason", "contract.error.reasonNeeded");
        }
        if (result == TermsReviewResult.DEVIATES && mitigation == null) {
            throw ContractRules.invalid(prefix + "mitigation", "contract.error.mitigationNeeded");
        }
        if (result != TermsReviewResult.DEVIATES) {
            reason = null;
            mitigation = null;
        }
        boolean reconfirmed = Boolean.TRUE.equals(given.reconfirmed());
        if (reconfirmed && !item.special()) {
            throw ContractRules.invalid(prefix + "reconfirmed", "contract.error.notSpecial", item.itemId());
        }
        return new TermsReview.Answer(
                result, clause, note, reason, mitigation, now, by, reconfirmed ? now : null, reconfirmed ? by : null);
    }

    private static boolean same(TermsReview.Answer a, TermsReview.Answer b) {
        return a.result() == b.result()
                && Objects.equals(a.clause(), b.clause())
                && Objects.equals(a.note(), b.note())
                && Objects.equals(a.reason(), b.reason())
                && Objects.equals(a.mitigation(), b.mitigation());
    }

    /** An answer as a fact: for the ledger and the gates' basis. */
    static Map<String, Object> fact(String itemId, TermsReview.Answer answer) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("itemId", itemId);
        fact.put("result", answer.result().name());
        fact.put("clause", answer.clause());
        fact.put("note", answer.note());
        fact.put("reason", answer.reason());
        fact.put("mitigation", answer.mitigation());
        fact.put("reconfirmed", answer.reconfirmed());
        return fact;
    }
}
