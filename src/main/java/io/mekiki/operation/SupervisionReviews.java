package io.mekiki.operation;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.operation.internal.review.ReviewStore;
import io.mekiki.operation.internal.review.ReviewStore.PolicyRow;
import io.mekiki.shared.Actor;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    public static final String RULE_SETTERS = "hasAnyRole('ADMINISTRATOR', 'RISK_OFFICER')";

    /** A review comes into being by itself this many days before its due date (the homes' reminder window). */
    public static final int OPENS_DAYS_BEFORE_DUE = 60;

    private final ReviewStore store;
    private final Contracts contracts;
    private final OrganizationTime time;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionReviews(
            ReviewStore store,
            Contracts contracts,
            OrganizationTime time,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.contracts = contracts;
        this.time = time;
        this.events = events;
        this.clock = clock;
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
        for (Contract contract : contracts.inForce(organizationId)) {
            int year = ReviewDuePolicy.yearOn(contract.startsOn(), today);
            if (year == 0) {
                continue;
            }
            // the year just ended is due after the next one began: take the newest year already opening
            for (int candidate = year; candidate >= Math.max(1, year - 1); candidate--) {
                LocalDate due = policy.dueOn(ReviewDuePolicy.yearTo(contract.startsOn(), candidate));
                if (!today.isBefore(due.minusDays(OPENS_DAYS_BEFORE_DUE))) {
                    open(contract, candidate, due, false, Actor.system()).ifPresent(opened::add);
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
