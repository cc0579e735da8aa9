package io.mekiki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Completed publications older than the retention are deleted; younger and incomplete ones are kept. */
class CompletedEventCleanupIT extends ApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CompletedEventCleanup cleanup;

    @Value("${mekiki.events.completed-retention}")
    Duration retention;

    @Test
    void completedPublicationsOlderThanTheRetentionAreDeletedAndNothingElse() {
        assertThat(retention).isEqualTo(Duration.ofDays(7));
        Instant now = Instant.now();
        UUID old = store(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(8)));
        UUID young = store(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(6)));
        UUID incomplete = store(now.minus(Duration.ofDays(30)), null);
        try {
            cleanup.deleteExpired();

            assertThat(exists(old)).as("completed 8 days ago").isFalse();
            assertThat(exists(young)).as("completed 6 days ago").isTrue();
            assertThat(exists(incomplete))
                    .as("never completed, published 30 days ago")
                    .isTrue();
        } finally {
            jdbc.sql("delete from event_publication where id in (?, ?, ?)")
                    .params(old, young, incomplete)
                    .update();
        }
    }

    private UUID store(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            completion_date, status, completion_attempts)
                        values (?, 'test.listener', 'io.mekiki.platform.ProbeHappened', ?, ?, ?, ?, 1)""")
                .params(
                        id,
                        "{\"marker\":\"cleanup-" + id + "\"}",
                        Timestamp.from(published),
                        completed == null ? null : Timestamp.from(completed),
                        completed == null ? "FAILED" : "COMPLETED")
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                == 1;
    }
}
