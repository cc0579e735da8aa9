package io.mekiki.operation;

import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractDates;
import io.mekiki.contract.Contracts;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionDecided;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.initiative.Branch;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.Initiatives;
import io.mekiki.operation.internal.review.ReviewCompilation;
import io.mekiki.operation.internal.review.ReviewStore;
import io.mekiki.operation.internal.review.ReviewStore.PolicyRow;
import io.mekiki.shared.Actor;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The yearly supervision reviews (外部委託先の監督状況, ADR 038): one per contract in force and contract year,
 * opened by itself {@value #OPENS_DAYS_BEFORE_DUE} days before its due date (or early by a risk officer), due
 * by the organisation's rule ({@link ReviewDuePolicy}). Everyone in the organisation reads.
 */
@Service
public class SupervisionReviews {

    /** Who writes and submits the assessment, and opens a review early. */
    public static final String ASSESSORS = "hasRole('RISK_OFFICER')";

    /** Who sets the organisation's rule for due dates. */
    public static final String RULE_SETTERS = "hasAnyRole('ADMIN', 'RISK_OFFICER')";

    /** A review comes into being by itself this many days before its due date (the homes' reminder window). */
    public static final int OPENS_DAYS_BEFORE_DUE = 60;

    /** Who decides the continuation. */
    public static final String DECIDERS = "hasRole('EXECUTIVE')";

    public static final int NARRATIVE_MAX = 20_000;
    public static final int CONCLUSION_MAX = 1_000;
    public static final int RATIONALE_MAX = 10_000;
    public static final int CONDITIONS_MAX = 20;
    public static final int CONDITION_MAX = 500;

    private final ReviewStore store;
    private final ReviewCompilation compilation;
    private final Contracts contracts;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final OrganizationTime time;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionReviews(
            ReviewStore store,
            ReviewCompilation compilation,
            Contracts contracts,
            Initiatives initiatives,
            Decisions decisions,
            OrganizationTime time,
            MessageSource messages,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.compilation = compilation;
        this.contracts = contracts;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.time = time;
        this.messages = messages;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The year of the review: compiled now from the records while the review is open, as frozen on submission
     * after.
     */
    @Transactional(readOnly = true)
    public SupervisionYear year(SignedInUser user, UUID reviewId) {
        SupervisionReview review = review(user, reviewId);
        return store.compiledJson(user.organizationId(), reviewId)
                .map(frozen -> json.readValue(frozen, SupervisionYear.class))
                .orElseGet(() -> compilation.compile(user, review));
    }

    /** The figures frozen on submission as canonical facts, for the gates' basis; empty before submission. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> frozenFacts(UUID organizationId, UUID reviewId) {
        return store.compiledJson(organizationId, reviewId)
                .map(frozen ->
                        json.readValue(frozen, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {}));
    }

    /**
     * Writes the risk officer's assessment of the year; the review is then in progress.
     *
     * @throws RuleViolationException 400 naming {@code narrative}, {@code conclusion} or {@code
     *     recommendedOutcome}; 409 when the review is submitted or the version read is not the current one
     */
    @Transactional
    @PreAuthorize(ASSESSORS)
    public SupervisionReview assess(
            SignedInUser user,
            UUID reviewId,
            @Nullable Long versionRead,
            @Nullable String narrative,
            @Nullable String conclusion,
            @Nullable String recommendedOutcome) {
        SupervisionReview review = locked(user, reviewId);
        if (!review.status().open()) {
            throw RuleViolationException.conflict("review.error.submitted");
        }
        if (versionRead != null && versionRead != review.version()) {
            throw RuleViolationException.conflict("review.error.changedMeanwhile");
        }
        String text = required(narrative, "narrative", NARRATIVE_MAX);
        String summary = required(conclusion, "conclusion", CONCLUSION_MAX);
        ContinuationOutcome recommended = outcome(recommendedOutcome, "recommendedOutcome");
        store.assess(reviewId, text, summary, recommended, SupervisionReviewStatus.IN_PROGRESS, clock.instant());
        events.publishEvent(new SupervisionReviewAssessed(
                user.organizationId(), user.actor(), reviewId, text, summary, recommended));
        return review(user, reviewId);
    }

    /**
     * Submits the review: the year's figures are frozen as compiled now, and the executive's decisions on the
     * supervision of the year (gate CONTINUATION_SUPERVISION_APPROVED) and on the continuation (gate
     * CONTINUATION_DECIDED) are requested, in the risk officer's name, with the assessment as their proposal.
     *
     * @throws RuleViolationException 409 when the review is submitted already or has no assessment yet, or a
     *     request on either gate is open already
     */
    @Transactional
    @PreAuthorize(ASSESSORS)
    public SupervisionReview submit(SignedInUser user, UUID reviewId) {
        SupervisionReview review = locked(user, reviewId);
        if (!review.status().open()) {
            throw RuleViolationException.conflict("review.error.submitted");
        }
        if (review.narrative() == null || review.recommendedOutcome() == null) {
            throw RuleViolationException.conflict("review.error.assessmentMissing");
        }
        SupervisionYear year = compilation.compile(user, review);
        String frozen = json.writeValueAsString(year);
        Instant now = clock.instant();
        store.submit(reviewId, frozen, user.userId(), user.displayName(), null, now);
        initiatives.gateFactsChanged(user.organizationId(), review.initiativeId(), user.actor());
        Locale language = user.language();
        String title = contracts
                .find(user.organizationId(), review.contractId())
                .map(Contract::title)
                .orElse("");
        Decision approval = decisions.request(
                user,
                new NewDecision(
                        Initiatives.subject(review.initiativeId()),
                        Gate.CONTINUATION_SUPERVISION_APPROVED.topic(),
                        message("review.request.approval.title", language, title, review.year()),
                        message(
                                "review.request.approval.proposal",
                                language,
                                review.conclusion(),
                                "/reviews/" + reviewId),
                        List.of(
                                message("review.request.approval.option.adequate", language),
                                message("review.request.approval.option.strengthen", language)),
                        List.of(),
                        new Basis(Map.of())));
        store.approvalRequested(reviewId, approval.id(), now);
        UUID continuation = review.continuationDecisionId();
        if (continuation == null || !stillRequested(user, continuation)) {
            Decision requested = decisions.request(
                    user,
                    new NewDecision(
                            Initiatives.subject(review.initiativeId()),
                            Gate.CONTINUATION_DECIDED.topic(),
                            message("review.request.continuation.title", language, title, review.year()),
                            message(
                                    "review.request.continuation.proposal",
                                    language,
                                    message(review.recommendedOutcome().messageKey(), language),
                                    review.conclusion(),
                                    "/reviews/" + reviewId),
                            List.of(
                                    message(ContinuationOutcome.CONTINUE.messageKey(), language),
                                    message(ContinuationOutcome.CONTINUE_WITH_CONDITIONS.messageKey(), language),
                                    message(ContinuationOutcome.END.messageKey(), language)),
                            List.of(),
                            new Basis(Map.of())));
            store.continuationRequested(reviewId, requested.id(), now);
        }
        events.publishEvent(new SupervisionReviewSubmitted(
                user.organizationId(),
                user.actor(),
                reviewId,
                sha256(frozen),
                approval.id(),
                review.recommendedOutcome()));
        return review(user, reviewId);
    }

    /**
     * The executive decides the continuation on the review: continue, continue with the follow-up items given,
     * or end. The decision on the gate CONTINUATION_DECIDED is made with it, and the initiative takes the move
     * it leads to (from operation first into continuation-or-termination when it is still there): another year
     * of operation, or the termination branch where the exit starts ({@link ContinuationDecided}).
     *
     * @throws RuleViolationException 400 naming {@code outcome}, {@code rationale} or {@code conditions}; 409 when
     *     the supervision of the year is not approved yet, the continuation is decided already, or the
     *     initiative's gates hold the move back
     */
    @Transactional
    @PreAuthorize(DECIDERS)
    public SupervisionReview decide(
            SignedInUser executive,
            UUID reviewId,
            @Nullable String outcome,
            @Nullable String rationale,
            @Nullable List<String> conditions) {
        SupervisionReview review = locked(executive, reviewId);
        ContinuationOutcome chosen = outcome(outcome, "outcome");
        String reason = required(rationale, "rationale", RATIONALE_MAX);
        List<String> items = conditions == null
                ? List.of()
                : conditions.stream()
                        .map(item -> item == null ? "" : item.strip())
                        .filter(item -> !item.isEmpty())
                        .toList();
        if (items.size() > CONDITIONS_MAX || items.stream().anyMatch(item -> item.length() > CONDITION_MAX)) {
            throw invalid("conditions", "review.error.conditionsTooMany", CONDITIONS_MAX, CONDITION_MAX);
        }
        if (chosen == ContinuationOutcome.CONTINUE_WITH_CONDITIONS && items.isEmpty()) {
            throw invalid("conditions", "review.error.conditionsRequired");
        }
        if (chosen != ContinuationOutcome.CONTINUE_WITH_CONDITIONS && !items.isEmpty()) {
            throw invalid("conditions", "review.error.conditionsOnlyWithConditions");
        }
        if (review.status() == SupervisionReviewStatus.DECIDED) {
            throw RuleViolationException.conflict("review.error.decided");
        }
        if (review.status() != SupervisionReviewStatus.APPROVED) {
            throw RuleViolationException.conflict("review.error.notApprovedYet");
        }
        if (chosen != ContinuationOutcome.END && noticeGiven(executive.organizationId(), review.initiativeId())) {
            throw invalid("outcome", "review.error.noticeOnlyEnd");
        }
        UUID continuation = review.continuationDecisionId();
        if (continuation == null || !stillRequested(executive, continuation)) {
            throw RuleViolationException.conflict("review.error.noContinuationRequest");
        }
        store.decided(reviewId, chosen, clock.instant());
        String recorded = "[" + message(chosen.messageKey(), executive.language()) + "] " + reason;
        decisions.decide(
                executive,
                continuation,
                chosen == ContinuationOutcome.CONTINUE_WITH_CONDITIONS
                        ? DecisionOutcome.APPROVED_WITH_CONDITIONS
                        : DecisionOutcome.APPROVED,
                recorded,
                items);
        finish(executive, review, chosen, continuation, reason, items);
        return review(executive, reviewId);
    }

    /**
     * A decision on one of the review's gates was made on the decision pages or API: an approval of the
     * supervision moves the review to approved (a rejection or return sends it back to the risk officer); a
     * decision on the continuation made there stands for the recommended outcome (an approval with conditions
     * for a continuation with conditions, unless the recommendation is to end), and is refused while the
     * supervision of the year is not approved.
     */
    @EventListener
    void decided(DecisionDecided decided) {
        if (!InitiativeChange.INITIATIVE.equals(decided.subject().type())) {
            return;
        }
        boolean approval = Gate.CONTINUATION_SUPERVISION_APPROVED.topic().equals(decided.topic());
        boolean continuation = Gate.CONTINUATION_DECIDED.topic().equals(decided.topic());
        if (!approval && !continuation) {
            return;
        }
        UUID org = decided.organizationId();
        Optional<SupervisionReview> found = store
                .ofInitiative(org, decided.subject().id())
                .stream()
                .filter(review -> decided.decisionId()
                        .equals(approval ? review.approvalDecisionId() : review.continuationDecisionId()))
                .findFirst();
        if (found.isEmpty()) {
            if (continuation && decided.outcome().approves()) {
                endOnNotice(org, decided.subject().id());
            }
            return;
        }
        SupervisionReview review = found.get();
        Instant now = clock.instant();
        if (approval) {
            if (review.status() != SupervisionReviewStatus.SUBMITTED) {
                return;
            }
            if (decided.outcome().approves()) {
                store.approved(review.id(), null, now);
                events.publishEvent(new SupervisionReviewApproved(
                        org,
                        decided.actor(),
                        review.id(),
                        decided.decisionId(),
                        review.continuationDecisionId() == null
                                ? decided.decisionId()
                                : review.continuationDecisionId()));
            } else {
                store.reopen(review.id(), now);
            }
            return;
        }
        if (review.status() == SupervisionReviewStatus.DECIDED) {
            return; // decided on the review, which recorded the outcome first
        }
        if (review.status() != SupervisionReviewStatus.APPROVED) {
            throw RuleViolationException.conflict("review.error.notApprovedYet");
        }
        if (!decided.outcome().approves()) {
            store.continuationRequested(review.id(), null, now);
            return;
        }
        ContinuationOutcome recommended =
                review.recommendedOutcome() == null ? ContinuationOutcome.CONTINUE : review.recommendedOutcome();
        ContinuationOutcome chosen;
        if (recommended == ContinuationOutcome.END || noticeGiven(org, review.initiativeId())) {
            chosen = ContinuationOutcome.END;
        } else if (decided.outcome() == DecisionOutcome.APPROVED_WITH_CONDITIONS) {
            chosen = ContinuationOutcome.CONTINUE_WITH_CONDITIONS;
        } else {
            chosen = ContinuationOutcome.CONTINUE;
        }
        store.decided(review.id(), chosen, now);
        SignedInUser executive =
                signedIn().orElseThrow(() -> RuleViolationException.conflict("review.error.notApprovedYet"));
        Decision decision = decisions.decision(executive, decided.decisionId());
        finish(
                executive,
                review,
                chosen,
                decided.decisionId(),
                decision.rationale() == null ? "" : decision.rationale(),
                decision.conditions().stream().map(Decision.Condition::text).toList());
    }

    /** Tells the continuation decided and takes the initiative's move. */
    private void finish(
            SignedInUser executive,
            SupervisionReview review,
            ContinuationOutcome chosen,
            UUID decisionId,
            String rationale,
            List<String> conditions) {
        events.publishEvent(new ContinuationDecided(
                executive.organizationId(),
                executive.actor(),
                review.initiativeId(),
                review.contractId(),
                review.id(),
                review.year(),
                chosen,
                decisionId,
                rationale,
                conditions));
        Initiative initiative = initiatives.initiative(executive, review.initiativeId());
        if (initiative.phase() == InitiativePhase.OPERATION) {
            initiatives.move(executive, review.initiativeId(), InitiativePhase.CONTINUATION_TERMINATION, null);
        }
        initiatives.move(
                executive,
                review.initiativeId(),
                null,
                chosen == ContinuationOutcome.END ? Branch.TERMINATE : Branch.CONTINUE);
    }

    /** Whether the provider gave notice on the initiative's contract in force (ADR 046): then only ending is open. */
    public boolean noticeGiven(UUID organizationId, UUID initiativeId) {
        return contracts.ofInitiative(organizationId, initiativeId).stream()
                .anyMatch(contract -> contract.inForce() && contract.terminationNotice() != null);
    }

    /**
     * The executive approved a continuation decision that rests on the provider's notice (requested on the
     * decision pages or API, not through a review, ADR 046): the initiative takes the termination branch, from
     * operation first into continuation-or-termination when it is still there. The exit started with the notice.
     */
    private void endOnNotice(UUID organizationId, UUID initiativeId) {
        if (!noticeGiven(organizationId, initiativeId)) {
            return;
        }
        SignedInUser executive =
                signedIn().orElseThrow(() -> RuleViolationException.conflict("review.error.notApprovedYet"));
        Initiative initiative = initiatives.initiative(executive, initiativeId);
        if (initiative.phase() == InitiativePhase.OPERATION) {
            initiatives.move(executive, initiativeId, InitiativePhase.CONTINUATION_TERMINATION, null);
        } else if (initiative.phase() != InitiativePhase.CONTINUATION_TERMINATION
                || initiative.branch() == Branch.TERMINATE) {
            return;
        }
        initiatives.move(executive, initiativeId, null, Branch.TERMINATE);
    }

    private boolean stillRequested(SignedInUser user, UUID decisionId) {
        try {
            return decisions.decision(user, decisionId).status() == DecisionStatus.REQUESTED;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static Optional<SignedInUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    private SupervisionReview locked(SignedInUser user, UUID reviewId) {
        return store.lock(user.organizationId(), reviewId).orElseThrow(() -> notFound(reviewId));
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, key, language);
    }

    private static String required(@Nullable String text, String field, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw invalid(field, "review.error.required");
        }
        if (stripped.length() > max) {
            throw invalid(field, "review.error.tooLong", max);
        }
        return stripped;
    }

    private static ContinuationOutcome outcome(@Nullable String text, String field) {
        try {
            return ContinuationOutcome.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(field, "review.error.outcome");
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The review, when it is one of the organisation's. */
    @Transactional(readOnly = true)
    public Optional<SupervisionReview> find(UUID organizationId, UUID reviewId) {
        return store.find(organizationId, reviewId);
    }

    /** The review as the user reads it; another organisation's is not found. */
    @Transactional(readOnly = true)
    public SupervisionReview review(SignedInUser user, UUID reviewId) {
        return store.find(user.organizationId(), reviewId).orElseThrow(() -> notFound(reviewId));
    }

    /** The reviews of a contract, newest year first. */
    @Transactional(readOnly = true)
    public List<SupervisionReview> ofContract(UUID organizationId, UUID contractId) {
        return store.ofContract(organizationId, contractId);
    }

    /** The reviews of an initiative's contracts, newest year first. */
    @Transactional(readOnly = true)
    public List<SupervisionReview> ofInitiative(UUID organizationId, UUID initiativeId) {
        return store.ofInitiative(organizationId, initiativeId);
    }

    /** Every review of the organisation, by due date. */
    @Transactional(readOnly = true)
    public List<SupervisionReview> all(UUID organizationId) {
        return store.all(organizationId);
    }

    /** The reviews due between the two days (both included), by due date, whatever their status. */
    @Transactional(readOnly = true)
    public List<SupervisionReview> dueBetween(UUID organizationId, LocalDate from, LocalDate to) {
        return store.dueBetween(organizationId, from, to);
    }

    /** The reviews not decided by their due date, oldest due first. */
    @Transactional(readOnly = true)
    public List<SupervisionReview> overdue(UUID organizationId, LocalDate today) {
        return store.overdue(organizationId, today);
    }

    /** The title of the review's contract, as lists name the review. */
    @Transactional(readOnly = true)
    public String title(SupervisionReview review) {
        return contracts
                .find(review.organizationId(), review.contractId())
                .map(Contract::title)
                .orElse("");
    }

    /** Today in the organisation's calendar, the day due dates are compared with. */
    public LocalDate today(UUID organizationId) {
        return time.today(organizationId);
    }

    /** The organisation's rule for due dates; the standard rule until someone sets one. */
    @Transactional(readOnly = true)
    public ReviewDuePolicy policy(UUID organizationId) {
        return store.policy(organizationId).map(SupervisionReviews::policy).orElseGet(ReviewDuePolicy::standard);
    }

    /**
     * Sets the organisation's rule for due dates; reviews opened afterwards follow it.
     *
     * @throws RuleViolationException 400 naming {@code rule}, {@code daysAfter} or {@code fixedDay}
     */
    @Transactional
    @PreAuthorize(RULE_SETTERS)
    public ReviewDuePolicy setPolicy(
            SignedInUser user, @Nullable String rule, @Nullable Integer daysAfter, @Nullable String fixedDay) {
        ReviewDuePolicy.Rule chosen;
        try {
            chosen = ReviewDuePolicy.Rule.valueOf(rule == null ? "" : rule.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("rule", "review.error.rule");
        }
        ReviewDuePolicy policy;
        if (chosen == ReviewDuePolicy.Rule.AFTER_YEAR_END) {
            if (daysAfter == null || daysAfter < 0 || daysAfter > ReviewDuePolicy.DAYS_AFTER_MAX) {
                throw invalid("daysAfter", "review.error.daysAfter", ReviewDuePolicy.DAYS_AFTER_MAX);
            }
            policy = new ReviewDuePolicy(chosen, daysAfter, null, user.displayName());
        } else {
            policy = new ReviewDuePolicy(chosen, 0, monthDay(fixedDay), user.displayName());
        }
        store.savePolicy(
                user.organizationId(),
                policy.rule().name(),
                policy.daysAfter(),
                policy.fixedDay() == null ? null : policy.fixedDay().getMonthValue(),
                policy.fixedDay() == null ? null : policy.fixedDay().getDayOfMonth(),
                user.displayName(),
                clock.instant());
        events.publishEvent(new ReviewDuePolicyChanged(user.organizationId(), user.actor(), policy));
        return policy;
    }

    /**
     * Opens the review of every contract in force whose latest started year comes due within {@value
     * #OPENS_DAYS_BEFORE_DUE} days (or is past due) and has none yet; the reviews opened now. Safe to call
     * often and from several instances: a contract year gets one review.
     */
    @Transactional
    public List<SupervisionReview> openDue(UUID organizationId) {
        LocalDate today = time.today(organizationId);
        ReviewDuePolicy policy = policy(organizationId);
        List<SupervisionReview> opened = new ArrayList<>();
        // the homes call this on every reading: only a year without its review costs a write
        java.util.Set<String> existing = new java.util.HashSet<>();
        store.all(organizationId).forEach(review -> existing.add(review.contractId() + "/" + review.year()));
        for (Contract contract : contracts.inForce(organizationId)) {
            int year = ReviewDuePolicy.yearOn(contract.startsOn(), today);
            if (year == 0 || contract.dates(today).standing() != ContractDates.Standing.IN_TERM) {
                continue; // not started, or a contract that does not renew past its end: no year to supervise
            }
            // the year just ended is due after the next one began: take the newest year already opening
            for (int candidate = year; candidate >= Math.max(1, year - 1); candidate--) {
                LocalDate due = policy.dueOn(ReviewDuePolicy.yearTo(contract.startsOn(), candidate));
                if (!today.isBefore(due.minusDays(OPENS_DAYS_BEFORE_DUE))) {
                    if (!existing.contains(contract.id() + "/" + candidate)) {
                        open(contract, candidate, due, false, Actor.system()).ifPresent(opened::add);
                    }
                    break;
                }
            }
        }
        return opened;
    }

    /**
     * Opens the review of the contract's current year before it comes due by itself.
     *
     * @throws NotFoundException when the contract is not one of the organisation's
     * @throws RuleViolationException 409 when the contract is not in force or its current year has a review
     */
    @Transactional
    @PreAuthorize(ASSESSORS)
    public SupervisionReview openEarly(SignedInUser user, UUID contractId) {
        Contract contract = contracts
                .find(user.organizationId(), contractId)
                .orElseThrow(() -> new NotFoundException("CONTRACT", contractId));
        if (!contract.inForce()) {
            throw RuleViolationException.conflict("review.error.notInForce");
        }
        LocalDate today = time.today(user.organizationId());
        int year = ReviewDuePolicy.yearOn(contract.startsOn(), today);
        if (year == 0) {
            throw RuleViolationException.conflict("review.error.notStarted");
        }
        LocalDate due = policy(user.organizationId()).dueOn(ReviewDuePolicy.yearTo(contract.startsOn(), year));
        return open(contract, year, due, true, user.actor())
                .orElseThrow(() -> RuleViolationException.conflict("review.error.alreadyOpen", year));
    }

    private Optional<SupervisionReview> open(Contract contract, int year, LocalDate due, boolean early, Actor actor) {
        Instant now = clock.instant();
        SupervisionReview review = new SupervisionReview(
                UUID.randomUUID(),
                contract.organizationId(),
                contract.id(),
                contract.initiativeId(),
                year,
                ReviewDuePolicy.yearFrom(contract.startsOn(), year),
                ReviewDuePolicy.yearTo(contract.startsOn(), year),
                due,
                SupervisionReviewStatus.DUE,
                early,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                0);
        if (!store.insert(review, contract.title() + " (" + year + ")")) {
            return Optional.empty();
        }
        events.publishEvent(new SupervisionReviewOpened(
                review.organizationId(),
                actor,
                review.id(),
                review.contractId(),
                review.initiativeId(),
                year,
                review.periodFrom(),
                review.periodTo(),
                due,
                early));
        return Optional.of(review);
    }

    private static ReviewDuePolicy policy(PolicyRow row) {
        ReviewDuePolicy.Rule rule = ReviewDuePolicy.Rule.valueOf(row.rule());
        MonthDay day = row.fixedMonth() == null ? null : MonthDay.of(row.fixedMonth(), row.fixedDay());
        return new ReviewDuePolicy(rule, row.daysAfter(), day, row.updatedByName());
    }

    /** A day of the calendar written {@code MM-DD} (29 February allowed). */
    private static MonthDay monthDay(@Nullable String text) {
        if (text == null || !text.strip().matches("\\d{2}-\\d{2}")) {
            throw invalid("fixedDay", "review.error.fixedDay");
        }
        try {
            return MonthDay.parse("--" + text.strip());
        } catch (DateTimeException e) {
            throw invalid("fixedDay", "review.error.fixedDay");
        }
    }

    static RuleViolationException invalid(String field, String code, Object... arguments) {
        return new RuleViolationException(Kind.UNPROCESSABLE, field, code, arguments);
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException(SupervisionReviewChange.REVIEW, id);
    }
}
