package io.mekiki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.initiative.InitiativeMoved;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativeRescoped;
import io.mekiki.initiative.InitiativeRevised;
import io.mekiki.initiative.KpiMeasured;
import io.mekiki.shared.Actor;
import io.mekiki.shared.CanonicalJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Initiative events stored in the event publication registry before they were renamed (ADR 026) are read
 * as the past-tense records after the migration, with the same ledger details.
 */
class EventTypeRenamingIT extends ApplicationTest {

    private static final String MIGRATION = "/db/migration/platform/V202612080100__platform_event_types_past_tense.sql";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventSerializer serializer;

    @Test
    void storedInitiativeChangesBecomeThePastTenseRecordsWithTheSameLedgerDetails() throws Exception {
        UUID organizationId = UUID.randomUUID();
        UUID initiativeId = UUID.randomUUID();
        UUID assetId = UUID.randomUUID();
        UUID kpiId = UUID.randomUUID();
        Map<String, Object> rescopedChange = Map.of(
                "releaseBefore", "2026.1",
                "releaseAfter", "2026.1",
                "sectionsAdded", List.of("PERSONAL_DATA"),
                "sectionsRemoved", List.of(),
                "itemsAdded", List.of("PD-01"),
                "itemsRemoved", List.of(),
                "asset", assetId.toString());
        Map<String, Object> revisedChange =
                Map.of("assetIds", Map.of("before", List.of(), "after", List.of(assetId.toString())));
        java.util.HashMap<String, Object> measuredChange = new java.util.HashMap<>(
                Map.of("kpiId", kpiId.toString(), "kpi", "Cost", "measuredOn", "2026-11-30", "value", "1200.50"));
        measuredChange.put("note", null);
        java.util.HashMap<String, Object> movedChange = new java.util.HashMap<>(
                Map.of("move", "NEXT", "from", "PREPARATION", "to", "SELECTION", "year", 1, "gates", Map.of()));
        movedChange.put("branch", null);

        UUID rescoped = store(organizationId, initiativeId, "initiative.scoping.recomputed", rescopedChange);
        UUID revised = store(organizationId, initiativeId, "initiative.initiative.revised", revisedChange);
        UUID measured = store(organizationId, initiativeId, "initiative.kpi.measured", measuredChange);
        UUID moved = store(organizationId, initiativeId, "initiative.phase.moved", movedChange);
        try {
            jdbc.sql(migration()).update();

            InitiativeRescoped rescopedEvent = read(rescoped, InitiativeRescoped.class);
            assertThat(rescopedEvent.initiativeId()).isEqualTo(initiativeId);
            assertThat(rescopedEvent.organizationId()).isEqualTo(organizationId);
            assertThat(rescopedEvent.actor()).isEqualTo(new Actor("u-1", "Aoki <aoki@example.jp>"));
            assertThat(rescopedEvent.assetId()).isEqualTo(assetId);
            assertThat(rescopedEvent.becauseOfProfile()).isFalse();
            assertThat(CanonicalJson.write(rescopedEvent.change())).isEqualTo(CanonicalJson.write(rescopedChange));

            InitiativeRevised revisedEvent = read(revised, InitiativeRevised.class);
            assertThat(revisedEvent.changed("assetIds")).isTrue();
            assertThat(CanonicalJson.write(revisedEvent.change())).isEqualTo(CanonicalJson.write(revisedChange));

            KpiMeasured measuredEvent = read(measured, KpiMeasured.class);
            assertThat(measuredEvent.kpiId()).isEqualTo(kpiId);
            assertThat(measuredEvent.measuredOn()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(measuredEvent.value()).isEqualByComparingTo(new BigDecimal("1200.50"));
            assertThat(CanonicalJson.write(measuredEvent.change())).isEqualTo(CanonicalJson.write(measuredChange));

            InitiativeMoved movedEvent = read(moved, InitiativeMoved.class);
            assertThat(movedEvent.to()).isEqualTo(InitiativePhase.SELECTION);
            assertThat(movedEvent.branch()).isNull();
            assertThat(CanonicalJson.write(movedEvent.change())).isEqualTo(CanonicalJson.write(movedChange));
        } finally {
            jdbc.sql("delete from event_publication where id in (?, ?, ?, ?)")
                    .params(rescoped, revised, measured, moved)
                    .update();
        }
    }

    private UUID store(UUID organizationId, UUID initiativeId, String action, Map<String, ?> change) {
        UUID id = UUID.randomUUID();
        String json = "{\"organizationId\":\"" + organizationId + "\",\"actor\":{\"id\":\"u-1\","
                + "\"name\":\"Aoki <aoki@example.jp>\"},\"action\":\"" + action
                + "\",\"subjectType\":\"INITIATIVE\",\"subjectId\":\"" + initiativeId + "\",\"change\":"
                + CanonicalJson.write(change) + "}";
        // completed, so that no start-up hands it to a listener
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            completion_date, status, completion_attempts)
                        values (?, 'io.mekiki.selection.Candidates.initiativeChanged(io.mekiki.initiative.InitiativeChange)',
                            'io.mekiki.initiative.InitiativeChange', ?, now(), now(), 'COMPLETED', 1)""").params(id, json).update();
        return id;
    }

    private <T> T read(UUID id, Class<T> expected) throws ClassNotFoundException {
        record Stored(String type, String json) {}
        Stored stored = jdbc.sql("select event_type, serialized_event from event_publication where id = ?")
                .param(id)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2)))
                .single();
        assertThat(stored.type()).isEqualTo(expected.getName());
        return expected.cast(serializer.deserialize(stored.json(), Class.forName(stored.type())));
    }

    private static String migration() throws IOException {
        try (InputStream in = EventTypeRenamingIT.class.getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
