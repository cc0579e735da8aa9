package io.mekiki.operation.internal.review;

import io.mekiki.audit.TableSubjects;
import io.mekiki.operation.SupervisionReviewChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Supervision reviews in the audit ledger: by their title (contract and year), linked to their page. */
@Component
class ReviewLedgerSubjects extends TableSubjects {

    ReviewLedgerSubjects(JdbcClient jdbc) {
        super(jdbc, SupervisionReviewChange.REVIEW, "operation_supervision_review", "title", "/reviews/");
    }
}
