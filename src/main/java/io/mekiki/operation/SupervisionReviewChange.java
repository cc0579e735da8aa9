package io.mekiki.operation;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that happened to a yearly supervision review; recorded in the audit ledger in its transaction. The
 * subject is the review.
 */
public sealed interface SupervisionReviewChange extends Auditable
        permits SupervisionReviewOpened,
                SupervisionReviewAssessed,
                SupervisionReviewSubmitted,
                SupervisionReviewApproved,
                ContinuationDecided,
                ReviewDuePolicyChanged {

    /** The subject type of supervision reviews in the ledger. */
    String REVIEW = "SUPERVISION_REVIEW";

    UUID reviewId();

    @Override
    default String subjectType() {
        return REVIEW;
    }

    @Override
    default String subjectId() {
        return reviewId().toString();
    }
}
