package io.mekiki.initiative;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which conditions of an initiative's gates have been told met, so that each is told once. */
@Repository
class GateConditionsTold {

    private final JdbcClient jdbc;

    GateConditionsTold(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes the condition as met; true the first time, false when it was told before. */
    boolean firstTime(UUID organizationId, UUID initiativeId, Gate gate, String code, Instant metAt) {
        return jdbc.sql("""
                        insert into initiative_gate_condition (organization_id, initiative_id, gate, code, met_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(organizationId, initiativeId, gate.name(), code, Timestamp.from(metAt))
                        .update()
                == 1;
    }
}
