package io.mekiki.operation.internal.contingency;

import io.mekiki.operation.ContingencyEntryKind;
import io.mekiki.operation.ContingencyKind;
import io.mekiki.operation.ContingencyStatus;
import io.mekiki.operation.ContingencySummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The contingencies, the initiatives they affect and their timelines (ADR 037). */
@Component
public class ContingencyStore {

    private static final String SUMMARY = """
            select c.id, c.kind, c.title, c.began_at, c.commander_name, c.closed_at,
                   (select array_agg(ci.initiative_title order by ci.initiative_title)
                      from operation_contingency_initiative ci where ci.contingency_id = c.id) as initiatives,
                   (select count(*) from operation_contingency_entry e where e.contingency_id = c.id) as entries
              from operation_contingency c
            """;

    private final JdbcClient jdbc;

    ContingencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A contingency as stored, without its initiatives and entries. */
    public record Row(
            UUID id,
            UUID organizationId,
            ContingencyKind kind,
            String title,
            String description,
            Instant beganAt,
            UUID commanderId,
            String commanderName,
            UUID openedBy,
            String openedByName,
            Instant openedAt,
            @Nullable Instant closedAt,
            @Nullable String closedByName,
            @Nullable String reviewWorked,
            @Nullable String reviewNotWorked,
            @Nullable String reviewActions) {}

    /** An affected initiative, by its id and its title as written when the contingency was opened. */
    public record Affected(UUID initiativeId, String title) {}

    /** A timeline entry as stored. */
    public record EntryRow(
            UUID id,
            int number,
            ContingencyEntryKind kind,
            Instant at,
            Instant recordedAt,
            UUID authorId,
            String authorName,
            String text,
            @Nullable String authority,
            @Nullable String reference,
            @Nullable UUID initiativeId,
            @Nullable UUID corrects,
            @Nullable String decisionTopic) {}

    /** A contingency affecting an initiative, for the gate's condition. */
    public record Touching(UUID initiativeId, UUID contingencyId, String title, boolean open) {}

    public void insert(Row row, List<Affected> affected) {
        jdbc.sql("""
                        insert into operation_contingency (id, organization_id, kind, title, description, began_at,
                            commander_id, commander_name, opened_by, opened_by_name, opened_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        row.id(),
                        row.organizationId(),
                        row.kind().name(),
                        row.title(),
                        row.description(),
                        Timestamp.from(row.beganAt()),
                        row.commanderId(),
                        row.commanderName(),
                        row.openedBy(),
                        row.openedByName(),
                        Timestamp.from(row.openedAt()))
                .update();
        for (Affected initiative : affected) {
            jdbc.sql("""
                            insert into operation_contingency_initiative
                                (contingency_id, initiative_id, organization_id, initiative_title)
                            values (?, ?, ?, ?)""")
                    .params(row.id(), initiative.initiativeId(), row.organizationId(), initiative.title())
                    .update();
        }
    }

    /** The contingency, if it is one of the organisation's; locked until the transaction ends when asked. */
    public Optional<Row> find(UUID organizationId, UUID id, boolean lock) {
        return jdbc.sql("""
                        select id, organization_id, kind, title, description, began_at, commander_id, commander_name,
                               opened_by, opened_by_name, opened_at, closed_at, closed_by_name,
                               review_worked, review_not_worked, review_actions
                          from operation_contingency where organization_id = ? and id = ?""" + (lock ? " for update" : ""))
                .params(organizationId, id)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        ContingencyKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs, 6),
                        rs.getObject(7, UUID.class),
                        rs.getString(8),
                        rs.getObject(9, UUID.class),
                        rs.getString(10),
                        instant(rs, 11),
                        instant(rs, 12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getString(15),
                        rs.getString(16)))
                .optional();
    }

    public List<Affected> affected(UUID contingencyId) {
        return jdbc.sql("""
                        select initiative_id, initiative_title from operation_contingency_initiative
                         where contingency_id = ? order by initiative_title""")
                .params(contingencyId)
                .query((rs, n) -> new Affected(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    public List<EntryRow> entries(UUID contingencyId) {
        return jdbc.sql("""
                        select id, number, kind, occurred_at, recorded_at, author_id, author_name, text, authority,
                               reference, initiative_id, corrects, decision_topic
                          from operation_contingency_entry where contingency_id = ? order by number""")
                .params(contingencyId)
                .query((rs, n) -> new EntryRow(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        ContingencyEntryKind.valueOf(rs.getString(3)),
                        instant(rs, 4),
                        instant(rs, 5),
                        rs.getObject(6, UUID.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, UUID.class),
                        rs.getObject(12, UUID.class),
                        rs.getString(13)))
                .list();
    }

    /** Appends the entry with the next number; call with the contingency locked. */
    public int append(UUID organizationId, UUID contingencyId, EntryRow entry) {
        int number = jdbc.sql(
                        "select coalesce(max(number), 0) + 1 from operation_contingency_entry where contingency_id = ?")
                .params(contingencyId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into operation_contingency_entry (id, contingency_id, organization_id, number, kind,
                            occurred_at, recorded_at, author_id, author_name, text, authority, reference,
                            initiative_id, corrects, decision_topic)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        entry.id(),
                        contingencyId,
                        organizationId,
                        number,
                        entry.kind().name(),
                        Timestamp.from(entry.at()),
                        Timestamp.from(entry.recordedAt()),
                        entry.authorId(),
                        entry.authorName(),
                        entry.text(),
                        entry.authority(),
                        entry.reference(),
                        entry.initiativeId(),
                        entry.corrects(),
                        entry.decisionTopic())
                .update();
        return number;
    }

    /** Closes the contingency with its review; false when it was closed already. */
    public boolean close(
            UUID organizationId,
            UUID id,
            UUID closedBy,
            String closedByName,
            Instant closedAt,
            String worked,
            String notWorked,
            String actions) {
        return jdbc.sql("""
                        update operation_contingency
                           set closed_at = ?, closed_by = ?, closed_by_name = ?, review_worked = ?,
                               review_not_worked = ?, review_actions = ?
                         where organization_id = ? and id = ? and closed_at is null""")
                        .params(
                                Timestamp.from(closedAt),
                                closedBy,
                                closedByName,
                                worked,
                                notWorked,
                                actions,
                                organizationId,
                                id)
                        .update()
                == 1;
    }

    /** The organisation's open contingencies, oldest beginning first: one statement on a partial index. */
    public List<ContingencySummary> open(UUID organizationId) {
        return jdbc.sql(SUMMARY + " where c.organization_id = ? and c.closed_at is null order by c.began_at, c.id")
                .params(organizationId)
                .query(ContingencyStore::summary)
                .list();
    }

    /** A page of the organisation's contingencies, open ones first, then newest beginning first. */
    public List<ContingencySummary> page(UUID organizationId, @Nullable ContingencyStatus status, int page, int size) {
        return jdbc.sql(SUMMARY + " where c.organization_id = ?" + statusClause(status)
                        + " order by (c.closed_at is null) desc, c.began_at desc, c.id limit ? offset ?")
                .params(organizationId, size, (long) page * size)
                .query(ContingencyStore::summary)
                .list();
    }

    public long count(UUID organizationId, @Nullable ContingencyStatus status) {
        return jdbc.sql("select count(*) from operation_contingency c where c.organization_id = ?"
                        + statusClause(status))
                .params(organizationId)
                .query(Long.class)
                .single();
    }

    /** The contingencies that affect these initiatives of the organisation, in one statement. */
    public List<Touching> touching(UUID organizationId, Collection<UUID> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select ci.initiative_id, c.id, c.title, c.closed_at is null
                          from operation_contingency_initiative ci
                          join operation_contingency c on c.id = ci.contingency_id
                         where ci.organization_id = :org and ci.initiative_id in (:ids)
                         order by c.began_at""")
                .param("org", organizationId)
                .param("ids", List.copyOf(initiativeIds))
                .query((rs, n) -> new Touching(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** The ids of the organisation's contingencies among these, for the ledger's names. */
    public Map<UUID, String> titles(UUID organizationId, Collection<UUID> ids) {
        Map<UUID, String> titles = new HashMap<>();
        if (ids.isEmpty()) {
            return titles;
        }
        jdbc.sql("select id, title from operation_contingency where organization_id = :org and id in (:ids)")
                .param("org", organizationId)
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    titles.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return titles;
    }

    private static String statusClause(@Nullable ContingencyStatus status) {
        if (status == null) {
            return "";
        }
        return status == ContingencyStatus.OPEN ? " and c.closed_at is null" : " and c.closed_at is not null";
    }

    private static ContingencySummary summary(ResultSet rs, int n) throws SQLException {
        java.sql.Array array = rs.getArray(7);
        List<String> initiatives = new ArrayList<>();
        if (array != null) {
            initiatives.addAll(Arrays.asList((String[]) array.getArray()));
        }
        Instant closedAt = instant(rs, 6);
        return new ContingencySummary(
                rs.getObject(1, UUID.class),
                ContingencyKind.valueOf(rs.getString(2)),
                rs.getString(3),
                instant(rs, 4),
                rs.getString(5),
                initiatives,
                closedAt == null ? ContingencyStatus.OPEN : ContingencyStatus.CLOSED,
                closedAt,
                rs.getInt(8));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
