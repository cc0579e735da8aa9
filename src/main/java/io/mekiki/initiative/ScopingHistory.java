package io.mekiki.initiative;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The scoping history of initiatives: appended to, never changed. */
@Component
class ScopingHistory {

    private final JdbcClient jdbc;

    ScopingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID organizationId, UUID initiativeId, ScopingChange change) {
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
                        change.storedJson())
                .update();
    }

    /** Newest first. */
    List<ScopingChange> of(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("""
                        select * from initiative_scoping_change where organization_id = ? and initiative_id = ?
                        order by changed_at desc, id""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> ScopingChange.fromStored(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        rs.getObject("changed_by_id", UUID.class),
                        rs.getString("change")))
                .list();
    }
}
