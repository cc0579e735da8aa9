package io.mekiki.operation.internal.review;

import io.mekiki.operation.SupervisionReviews;
import io.mekiki.shared.OrganizationSweep;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens the supervision reviews coming due every day, so that a review exists (and shows on the homes) even when
 * nobody opens the list. The lists, the API and the homes open them too before they read; a contract year gets
 * one review whoever comes first.
 */
@Component
class ReviewSweep implements AutoCloseable {

    private final OrganizationSweep sweep;

    ReviewSweep(
            JdbcClient jdbc,
            SupervisionReviews reviews,
            @Value("${mekiki.reviews.sweep-interval:24h}") Duration interval) {
        this.sweep = new OrganizationSweep(
                "mekiki-review-sweep",
                "open the supervision reviews coming due",
                "mekiki.reviews.sweep-interval",
                interval,
                // only which organisations to ask: the contracts themselves are read through the contract module's API
                () -> jdbc.sql("select distinct organization_id from contract where status = 'IN_FORCE'")
                        .query(UUID.class)
                        .list(),
                organizationId -> reviews.openDue(organizationId).size(),
                LoggerFactory.getLogger(ReviewSweep.class));
    }

    /** Opens the reviews coming due in every organisation with a contract in force; how many were opened. */
    int sweep() {
        return sweep.sweep();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        sweep.start();
    }

    @Override
    public void close() {
        sweep.close();
    }
}
