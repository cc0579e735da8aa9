package io.mekiki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mekiki.ApplicationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reaction that runs after the change committed is not lost when it fails (or the application stops
 * before it ran): its publication stays in the registry, incomplete, and is handed to the listener again.
 */
class EventPublicationRegistryIT extends ApplicationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    ProbeReaction reaction;

    @Test
    void aFailedReactionStaysIncompleteAndSucceedsWhenResubmitted() {
        String marker = UUID.randomUUID().toString();
        reaction.failTimes(marker, 1);

        transactions.executeWithoutResult(status -> events.publishEvent(new ProbeHappened(marker)));

        await().atMost(Duration.ofSeconds(20)).until(() -> reaction.attempts(marker) >= 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(marker)) || stored(marker) == 1);
        assertThat(completed(marker))
                .as("the failed reaction is kept, not completed")
                .isZero();
        assertThat(reaction.done(marker)).isFalse();

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ProbeHappened probe
                && probe.marker().equals(marker));

        await().atMost(Duration.ofSeconds(20)).until(() -> reaction.done(marker));
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(marker) == 1);
        assertThat(reaction.attempts(marker)).isEqualTo(2);
    }

    @Test
    void aReactionThatSucceedsIsMarkedComplete() {
        String marker = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> events.publishEvent(new ProbeHappened(marker)));

        await().atMost(Duration.ofSeconds(20)).until(() -> completed(marker) == 1);
        assertThat(reaction.done(marker)).isTrue();
    }

    @Test
    void anEventPublishedInARolledBackTransactionReachesNoReaction() {
        String marker = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ProbeHappened(marker));
            status.setRollbackOnly();
        });

        assertThat(stored(marker)).isZero();
        assertThat(reaction.attempts(marker)).isZero();
    }

    private int stored(String marker) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + marker + "%")
                .query(Integer.class)
                .single();
    }

    private int completed(String marker) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?"
                        + " and completion_date is not null")
                .param("%" + marker + "%")
                .query(Integer.class)
                .single();
    }

    private String status(String marker) {
        return jdbc.sql("select status from event_publication where serialized_event like ?")
                .param("%" + marker + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
