package io.mekiki.operation.internal.incident;

import io.mekiki.operation.OperationFindingSignificance;
import io.mekiki.operation.OperationFindingSource;
import io.mekiki.operation.OperationFindingStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The findings of operation, one row each (ADR 036); at most one per SLA metric and period. */
@Component
public class OperationFindingStore {

    private final JdbcClient jdbc;

    OperationFindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row as stored, the raiser's name as written. */
    public record Row(
            UUID id,
            UUID organizationId,
            UUID initiativeId,
            @Nullable UUID contractId,
            int number,
            OperationFindingSource source,
            @Nullable UUID incidentId,
            @Nullable UUID metricId,
            @Nullable String metricName,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            String title,
            String description,
            String rootCause,
            String countermeasure,
            @Nullable UUID ownerId,
            @Nullable LocalDate dueDate,
            OperationFindingStatus status,
            OperationFindingSignificance significance,
            @Nullable UUID raisedById,
            String raisedByName,
            Instant createdAt,
            Instant updatedAt,
            int version) {}

    public Optional<Row> find(UUID organizationId, UUID id) {
        return jdbc.sql("select * from operation_finding where organization_id = ? and id = ?")
                .params(organizationId, id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from operation_finding where id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Findings of the organisation, open ones first, then newest; filtered when the filters are given. */
    public List<Row> list(
            UUID organizationId,
            @Nullable UUID initiativeId,
            @Nullable UUID incidentId,
            @Nullable Boolean open,
            @Nullable OperationFindingSignificance significance,
            int offset,
            int limit) {
        return jdbc.sql("""
                        select * from operation_finding
                        where organization_id = :org
                          and (cast(:initiative as uuid) is null or initiative_id = cast(:initiative as uuid))
                          and (cast(:incident as uuid) is null or incident_id = cast(:incident as uuid))
                          and (cast(:open as boolean) is null or (status <> 'CLOSED') = cast(:open as boolean))
                          and (cast(:significance as text) is null or significance = cast(:significance as text))
                        order by (status = 'CLOSED'), created_at desc, number desc
                        offset :offset limit :limit""")
                .param("org", organizationId)
                .param("initiative", initiativeId)
                .param("incident", incidentId)
                .param("open", open)
                .param("significance", significance == null ? null : significance.name())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    public long count(
            UUID organizationId,
            @Nullable UUID initiativeId,
            @Nullable UUID incidentId,
            @Nullable Boolean open,
            @Nullable OperationFindingSignificance significance) {
        return jdbc.sql("""
                        select count(*) from operation_finding
                        where organization_id = :org
                          and (cast(:initiative as uuid) is null or initiative_id = cast(:initiative as uuid))
                          and (cast(:incident as uuid) is null or incident_id = cast(:incident as uuid))
                          and (cast(:open as boolean) is null or (status <> 'CLOSED') = cast(:open as boolean))
                          and (cast(:significance as text) is null or significance = cast(:significance as text))""")
                .param("org", organizationId)
                .param("initiative", initiativeId)
                .param("incident", incidentId)
                .param("open", open)
                .param("significance", significance == null ? null : significance.name())
                .query(Long.class)
                .single();
    }

    /** The significant findings of the initiatives (open or not: each needs its decision), by initiative. */
    public Map<UUID, List<Row>> significant(UUID organizationId, Collection<UUID> initiativeIds) {
        Map<UUID, List<Row>> all = new HashMap<>();
        if (initiativeIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                        select * from operation_finding
                        where organization_id = :org and initiative_id in (:ids) and significance = 'SIGNIFICANT'
                        order by number""")
                .param("org", organizationId)
                .param("ids", List.copyOf(initiativeIds))
                .query((rs, n) -> row(rs))
                .list()
                .forEach(row -> all.computeIfAbsent(row.initiativeId(), id -> new java.util.ArrayList<>())
                        .add(row));
        return all;
    }

    /** Open findings per initiative of the organisation. */
    public Map<UUID, Long> openByInitiative(UUID organizationId) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select initiative_id, count(*) as open from operation_finding
                        where organization_id = ? and status <> 'CLOSED' group by initiative_id""")
                .param(organizationId)
                .query((rs, n) -> counts.put(rs.getObject("initiative_id", UUID.class), rs.getLong("open")))
                .list();
        return counts;
    }

    public int nextNumber(UUID organizationId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('operation_finding'), hashtext(cast(? as text)))")
                .param(organizationId)
                .query((rs, n) -> 0)
                .list();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from operation_finding where organization_id = ?")
                .param(organizationId)
                .query(Integer.class)
                .single();
    }

    /** Inserts the row; false when a finding of the same metric and period exists already (nothing written). */
    public boolean insert(Row row) {
        return jdbc.sql("""
                                insert into operation_finding (id, organization_id, initiative_id, contract_id, number,
                                    source, incident_id, metric_id, metric_name, period_start, period_end, title,
                                    description, root_cause, countermeasure, owner_id, due_date, status, significance,
                                    raised_by, raised_by_name, created_at, updated_at, version)
                                values (:id, :org, :initiative, :contract, :number, :source, :incident, :metric,
                                    :metricName, :periodStart, :periodEnd, :title, :description, :rootCause,
                                    :countermeasure, :owner, :due, :status, :significance, :raisedBy, :raisedByName,
                                    :created, :updated, :version)
                                on conflict do nothing""").params(params(row)).update() == 1;
    }

    public boolean update(Row row, int expectedVersion) {
        Map<String, Object> params = params(row);
        params.put("expected", expectedVersion);
        return jdbc.sql("""
                                update operation_finding set title = :title, description = :description,
                                    root_cause = :rootCause, countermeasure = :countermeasure, owner_id = :owner,
                                    due_date = :due, status = :status, significance = :significance,
                                    updated_at = :updated, version = :version
                                where id = :id and organization_id = :org and version = :expected""").params(params).update() == 1;
    }

    private static Map<String, Object> params(Row row) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", row.id());
        params.put("org", row.organizationId());
        params.put("initiative", row.initiativeId());
        params.put("contract", row.contractId());
        params.put("number", row.number());
        params.put("source", row.source().name());
        params.put("incident", row.incidentId());
        params.put("metric", row.metricId());
        params.put("metricName", row.metricName());
        params.put("periodStart", row.periodStart());
        params.put("periodEnd", row.periodEnd());
        params.put("title", row.title());
        params.put("description", row.description());
        params.put("rootCause", row.rootCause());
        params.put("countermeasure", row.countermeasure());
        params.put("owner", row.ownerId());
        params.put("due", row.dueDate());
        params.put("status", row.status().name());
        params.put("significance", row.significance().name());
        params.put("raisedBy", row.raisedById());
        params.put("raisedByName", row.raisedByName());
        params.put("created", Timestamp.from(row.createdAt()));
        params.put("updated", Timestamp.from(row.updatedAt()));
        params.put("version", row.version());
        return params;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("initiative_id", UUID.class),
                rs.getObject("contract_id", UUID.class),
                rs.getInt("number"),
                OperationFindingSource.valueOf(rs.getString("source")),
                rs.getObject("incident_id", UUID.class),
                rs.getObject("metric_id", UUID.class),
                rs.getString("metric_name"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("root_cause"),
                rs.getString("countermeasure"),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("due_date", LocalDate.class),
                OperationFindingStatus.valueOf(rs.getString("status")),
                OperationFindingSignificance.valueOf(rs.getString("significance")),
                rs.getObject("raised_by", UUID.class),
                rs.getString("raised_by_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
