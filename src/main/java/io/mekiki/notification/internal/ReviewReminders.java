package io.mekiki.notification.internal;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.notification.Reminder;
import io.mekiki.notification.ReminderSource;
import io.mekiki.operation.SupervisionReview;
import io.mekiki.operation.SupervisionReviewStatus;
import io.mekiki.operation.SupervisionReviews;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The yearly supervision reviews of contracts (ADR 038): the risk officers hear of a review not yet decided
 * 30 days before its due date; once overdue, the risk officers and the executives hear of it.
 */
@Component
class ReviewReminders implements ReminderSource {

    static final int DAYS_AHEAD = 30;

    private final SupervisionReviews reviews;
    private final Contracts contracts;
    private final Members members;

    ReviewReminders(SupervisionReviews reviews, Contracts contracts, Members members) {
        this.reviews = reviews;
        this.contracts = contracts;
        this.members = members;
    }

    @Override
    public List<Reminder> due(UUID organizationId, LocalDate today) {
        List<SupervisionReview> overdue = reviews.overdue(organizationId, today);
        List<SupervisionReview> soon = reviews.dueBetween(organizationId, today, today.plusDays(DAYS_AHEAD)).stream()
                .filter(review -> review.status() != SupervisionReviewStatus.DECIDED)
                .toList();
        if (overdue.isEmpty() && soon.isEmpty()) {
            return List.of();
        }
        Set<UUID> officers = ids(organizationId, Role.RISK_OFFICER);
        Set<UUID> officersAndExecutives = new HashSet<>(officers);
        officersAndExecutives.addAll(ids(organizationId, Role.EXECUTIVE));
        List<Reminder> reminders = new ArrayList<>();
        for (SupervisionReview review : soon) {
            reminders.add(reminder(review, ":soon:", officers, "notification.reminder.review.soon"));
        }
        for (SupervisionReview review : overdue) {
            reminders.add(reminder(review, ":overdue:", officersAndExecutives, "notification.reminder.review.overdue"));
        }
        return reminders;
    }

    private Reminder reminder(SupervisionReview review, String stage, Set<UUID> recipients, String messageKey) {
        String title = contracts
                .find(review.organizationId(), review.contractId())
                .map(Contract::title)
                .orElse("");
        return new Reminder(
                "review:" + review.id() + stage + review.dueOn(),
                recipients,
                messageKey,
                List.of(title, String.valueOf(review.year()), review.dueOn().toString()),
                "/reviews/" + review.id());
    }

    private Set<UUID> ids(UUID organizationId, Role role) {
        return members.withRole(organizationId, role).stream()
                .map(Members.Member::id)
                .collect(Collectors.toSet());
    }
}
