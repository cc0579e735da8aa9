package io.mekiki.operation.web;

import io.mekiki.operation.SupervisionReview;
import io.mekiki.operation.SupervisionReviews;
import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the risk officer's and the executive's homes show of the supervision reviews: those due within {@value
 * SupervisionReviews#OPENS_DAYS_BEFORE_DUE} days and not decided, and those overdue (flagged). The home includes
 * {@code operation/review-home :: reviews-due}, which reads this bean, so that the home knows nothing of reviews.
 */
@Component("reviewWatch")
public class ReviewWatch {

    private final SupervisionReviews reviews;

    ReviewWatch(SupervisionReviews reviews) {
        this.reviews = reviews;
    }

    public boolean shownTo(SignedInUser user) {
        return user.roleNames().contains("RISK_OFFICER") || user.roleNames().contains("EXECUTIVE");
    }

    public LocalDate today(SignedInUser user) {
        return reviews.today(user.organizationId());
    }

    /** Not decided and due from today within the window. */
    public List<SupervisionReview> comingDue(SignedInUser user) {
        reviews.openDue(user.organizationId());
        LocalDate today = today(user);
        return reviews
                .dueBetween(user.organizationId(), today, today.plusDays(SupervisionReviews.OPENS_DAYS_BEFORE_DUE))
                .stream()
                .filter(review -> review.outcome() == null)
                .toList();
    }

    public List<SupervisionReview> overdue(SignedInUser user) {
        return reviews.overdue(user.organizationId(), today(user));
    }

    /** The contract's title of a review, as the panel names it. */
    public String title(SupervisionReview review) {
        return reviews.title(review);
    }
}
