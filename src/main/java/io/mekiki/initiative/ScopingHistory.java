package io.mekiki.initiative;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The scoping history of initiatives: appended to, never changed. */
@Component
class ScopingHistory {

    private final JdbcClient jdbc;

    /**
     * Changes as read back, by organisation and id (ADR 019, extension i7-speed): a row is written once and never
     * changed, so a change read once is the stored one for good. Saves reading and parsing every change's JSON on
     * every view of an initiative; weighed by items, a few megabytes at most.
     */
    private final Cache<List<UUID>, ScopingChange> read = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .weigher((List<UUID> key, ScopingChange change) -> 200
                    + (change.diff().itemsAdded().size()
                                    + change.diff().itemsRemoved().size())
                            * 200)
            .build();

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

    /** Newest first: the ids in one statement, the changes not read before in one more. */
    List<ScopingChange> of(UUID organizationId, UUID initiativeId) {
        List<UUID> ids = jdbc.sql("""
                        select id from initiative_scoping_change where organization_id = ? and initiative_id = ?
                        order by changed_at desc, id""")
                .params(organizationId, initiativeId)
                .query(UUID.class)
                .list();
        Map<UUID, ScopingChange> found = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : ids) {
            ScopingChange kept = read.getIfPresent(List.of(organizationId, id));
            if (kept == null) {
                missing.add(id);
            } else {
                found.put(id, kept);
            }
        }
        if (!missing.isEmpty()) {
            jdbc.sql("""
                            select * from initiative_scoping_change where organization_id = :org and id = any(:ids)""")
                    .param("org", organizationId)
                    .param("ids", missing.toArray(UUID[]::new))
                    .query((rs, n) -> ScopingChange.fromStored(
                            rs.getObject("id", UUID.class),
                            rs.getTimestamp("changed_at").toInstant(),
                            rs.getString("changed_by"),
                            rs.getObject("changed_by_id", UUID.class),
                            rs.getString("change")))
                    .list()
                    .forEach(change -> {
                        read.put(List.of(organizationId, change.id()), change);
                        found.put(change.id(), change);
                    });
        }
        return ids.stream().map(found::get).toList();
    }
}
