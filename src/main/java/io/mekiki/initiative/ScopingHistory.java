package io.mekiki.initiative;

import io.mekiki.shared.CanonicalJson;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** The scoping history of initiatives: appended to, never changed. */
@Component
class ScopingHistory {

    private final JdbcClient jdbc;

    ScopingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID organizationId, UUID initiativeId, ScopingChange change) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("planChanges", change.planChanges());
        facts.put("first", change.first());
        facts.put("diff", change.diff().facts());
        jdbc.sql("""
                        insert into initiative_scoping_change (id, organization_id, initiative_id, changed_at, changed_by,
                            changed_by_id, release_before, release_after, change)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        change.id(),
                        organizationId,
                        initiativeId,
                        Timestamp.from(change.changedAt()),
                        change.changedBy(),
                        change.changedById(),
                        change.diff().releaseBefore(),
                        change.diff().releaseAfter(),
                        CanonicalJson.write(facts))
                .update();
    }

    /** Newest first. */
    List<ScopingChange> of(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("""
                        select * from initiative_scoping_change where organization_id = ? and initiative_id = ?
                        order by changed_at desc, id""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> {
                    JsonNode facts = StoredJson.read(rs.getString("change"));
                    List<String> planChanges = new ArrayList<>();
                    facts.get("planChanges").forEach(field -> planChanges.add(field.asString()));
                    return new ScopingChange(
                            rs.getObject("id", UUID.class),
                            rs.getTimestamp("changed_at").toInstant(),
                            rs.getString("changed_by"),
                            planChanges,
                            facts.get("first").asBoolean(),
                            ScopingDiff.of(facts.get("diff")),
                            rs.getObject("changed_by_id", UUID.class));
                })
                .list();
    }
}
