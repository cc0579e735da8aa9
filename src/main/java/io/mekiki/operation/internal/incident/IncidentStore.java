package io.mekiki.operation.internal.incident;

import io.mekiki.operation.Incident;
import io.mekiki.operation.IncidentFact;
import io.mekiki.operation.IncidentSeverity;
import io.mekiki.operation.IncidentStatus;
import io.mekiki.operation.IncidentType;
import io.mekiki.operation.SentReport;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The incidents of operation and the reports marked sent, one row each (ADR 036). */
@Component
public class IncidentStore {

    private final JdbcClient jdbc;

    IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row as stored, without the sent reports and with the recorder's name as written. */
    public record Row(
            UUID id,
            UUID organizationId,
            UUID initiativeId,
            @Nullable UUID contractId,
            int number,
            IncidentType type,
            IncidentSeverity severity,
            String title,
            Instant startedAt,
            @Nullable Instant endedAt,
            Instant awareAt,
            String impact,
            List<UUID> affectedAssetIds,
            String handlingNotes,
            Set<IncidentFact> facts,
            @Nullable Integer affectedPersons,
            IncidentStatus status,
            @Nullable String closingSummary,
            @Nullable Instant closedAt,
            String rulesId,
            @Nullable UUID recordedById,
            String recordedByName,
            Instant createdAt,
            Instant updatedAt,
            int version) {

        public Incident incident(String recordedBy, List<SentReport> reports) {
            return new Incident(
                    id,
                    organizationId,
                    initiativeId,
                    contractId,
                    number,
                    type,
                    severity,
                    title,
                    startedAt,
                    endedAt,
                    awareAt,
                    impact,
                    affectedAssetIds,
                    handlingNotes,
                    facts,
                    affectedPersons,
                    status,
                    closingSummary,
                    closedAt,
                    rulesId,
                    recordedById,
                    recordedBy,
                    createdAt,
                    updatedAt,
                    version,
                    reports);
        }
    }

    public Optional<Row> find(UUID organizationId, UUID id) {
        return jdbc.sql("select * from operation_incident where organization_id = ? and id = ?")
                .params(organizationId, id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Any incident by id alone, for the ledger's and the decision module's links. */
    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from operation_incident where id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /**
     * The organisation's incidents, newest awareness first, filtered by initiative and status when given,
     * at most {@code limit}.
     */
    public List<Row> list(
            UUID organizationId, @Nullable UUID initiativeId, @Nullable IncidentStatus status, int offset, int limit) {
        return jdbc.sql("""
                        select * from operation_incident
                        where organization_id = :org
                          and (cast(:initiative as uuid) is null or initiative_id = cast(:initiative as uuid))
                          and (cast(:status as text) is null or status = cast(:status as text))
                        order by aware_at desc, number desc
                        offset :offset limit :limit""")
                .param("org", organizationId)
                .param("initiative", initiativeId)
                .param("status", status == null ? null : status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    public long count(UUID organizationId, @Nullable UUID initiativeId, @Nullable IncidentStatus status) {
        return jdbc.sql("""
                        select count(*) from operation_incident
                        where organization_id = :org
                          and (cast(:initiative as uuid) is null or initiative_id = cast(:initiative as uuid))
                          and (cast(:status as text) is null or status = cast(:status as text))""")
                .param("org", organizationId)
                .param("initiative", initiativeId)
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    /** Open incidents per initiative of the organisation. */
    public Map<UUID, Long> openByInitiative(UUID organizationId) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select initiative_id, count(*) as open from operation_incident
                        where organization_id = ? and status = 'OPEN' group by initiative_id""")
                .param(organizationId)
                .query((rs, n) -> counts.put(rs.getObject("initiative_id", UUID.class), rs.getLong("open")))
                .list();
        return counts;
    }

    /** Open incidents per contract of the organisation (incidents linked to a contract). */
    public Map<UUID, Long> openByContract(UUID organizationId) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select contract_id, count(*) as open from operation_incident
                        where organization_id = ? and status = 'OPEN' and contract_id is not null
                        group by contract_id""")
                .param(organizationId)
                .query((rs, n) -> counts.put(rs.getObject("contract_id", UUID.class), rs.getLong("open")))
                .list();
        return counts;
    }

    public int nextNumber(UUID organizationId) {
        // one writer per organisation at a time for the numbers: a transaction-scoped advisory lock
        jdbc.sql("select pg_advisory_xact_lock(hashtext('operation_incident'), hashtext(cast(? as text)))")
                .param(organizationId)
                .query((rs, n) -> 0)
                .list();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from operation_incident where organization_id = ?")
                .param(organizationId)
                .query(Integer.class)
                .single();
    }

    public void insert(Row row) {
        jdbc.sql("""
                        insert into operation_incident (id, organization_id, initiative_id, contract_id, number,
                            incident_type, severity, title, started_at, ended_at, aware_at, impact, handling_notes,
                            facts, affected_persons, affected_assets, status, closing_summary, closed_at, rules_id,
                            recorded_by, recorded_by_name, created_at, updated_at, version)
                        values (:id, :org, :initiative, :contract, :number, :type, :severity, :title, :started,
                            :ended, :aware, :impact, :notes, :facts, :persons, :assets, :status, :summary, :closed,
                            :rules, :recordedBy, :recordedByName, :created, :updated, :version)""").paramSource(params(row)).update();
    }

    /** Writes the row if its version is still {@code expectedVersion}; false when someone saved in between. */
    public boolean update(Row row, int expectedVersion) {
        Map<String, Object> params = params(row);
        params.put("expected", expectedVersion);
        return jdbc.sql("""
                                update operation_incident set contract_id = :contract, incident_type = :type,
                                    severity = :severity, title = :title, started_at = :started, ended_at = :ended,
                                    aware_at = :aware, impact = :impact, handling_notes = :notes, facts = :facts,
                                    affected_persons = :persons, affected_assets = :assets, status = :status,
                                    closing_summary = :summary, closed_at = :closed, updated_at = :updated,
                                    version = :version
                                where id = :id and organization_id = :org and version = :expected""").params(params).update() == 1;
    }

    public List<SentReport> reports(UUID incidentId) {
        return reports(List.of(incidentId)).getOrDefault(incidentId, List.of());
    }

    public Map<UUID, List<SentReport>> reports(Collection<UUID> incidentIds) {
        Map<UUID, List<SentReport>> all = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return all;
        }
        jdbc.sql("""
                        select * from operation_incident_report where incident_id in (:ids)
                        order by recorded_at""")
                .param("ids", List.copyOf(incidentIds))
                .query((rs, n) -> all.computeIfAbsent(rs.getObject("incident_id", UUID.class), id -> new ArrayList<>())
                        .add(new SentReport(
                                rs.getString("rule_id"),
                                rs.getString("report_id"),
                                rs.getObject("sent_on", LocalDate.class),
                                rs.getString("reference"),
                                rs.getObject("recorded_by", UUID.class),
                                rs.getString("recorded_by_name"),
                                rs.getTimestamp("recorded_at").toInstant())))
                .list();
        return all;
    }

    /** Marks a report sent; false when it was already marked (nothing changes then). */
    public boolean reportSent(UUID organizationId, UUID incidentId, SentReport report) {
        return jdbc.sql("""
                                insert into operation_incident_report (incident_id, organization_id, rule_id, report_id,
                                    sent_on, reference, recorded_by, recorded_by_name, recorded_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                                on conflict do nothing""")
                        .params(
                                incidentId,
                                organizationId,
                                report.ruleId(),
                                report.reportId(),
                                report.sentOn(),
                                report.reference(),
                                report.recordedById(),
                                report.recordedBy(),
                                Timestamp.from(report.recordedAt()))
                        .update()
                == 1;
    }

    private static Map<String, Object> params(Row row) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", row.id());
        params.put("org", row.organizationId());
        params.put("initiative", row.initiativeId());
        params.put("contract", row.contractId());
        params.put("number", row.number());
        params.put("type", row.type().name());
        params.put("severity", row.severity().name());
        params.put("title", row.title());
        params.put("started", Timestamp.from(row.startedAt()));
        params.put("ended", row.endedAt() == null ? null : Timestamp.from(row.endedAt()));
        params.put("aware", Timestamp.from(row.awareAt()));
        params.put("impact", row.impact());
        params.put("notes", row.handlingNotes());
        params.put("facts", row.facts().stream().map(Enum::name).sorted().toArray(String[]::new));
        params.put("persons", row.affectedPersons());
        params.put("assets", row.affectedAssetIds().toArray(UUID[]::new));
        params.put("status", row.status().name());
        params.put("summary", row.closingSummary());
        params.put("closed", row.closedAt() == null ? null : Timestamp.from(row.closedAt()));
        params.put("rules", row.rulesId());
        params.put("recordedBy", row.recordedById());
        params.put("recordedByName", row.recordedByName());
        params.put("created", Timestamp.from(row.createdAt()));
        params.put("updated", Timestamp.from(row.updatedAt()));
        params.put("version", row.version());
        return params;
    }

    private static Row row(ResultSet rs) throws SQLException {
        Set<IncidentFact> facts = EnumSet.noneOf(IncidentFact.class);
        for (String fact : strings(rs.getArray("facts"))) {
            facts.add(IncidentFact.valueOf(fact));
        }
        Array assets = rs.getArray("affected_assets");
        List<UUID> assetIds = assets == null ? List.of() : Arrays.asList((UUID[]) assets.getArray());
        Timestamp ended = rs.getTimestamp("ended_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        Integer persons = rs.getObject("affected_persons", Integer.class);
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("initiative_id", UUID.class),
                rs.getObject("contract_id", UUID.class),
                rs.getInt("number"),
                IncidentType.valueOf(rs.getString("incident_type")),
                IncidentSeverity.valueOf(rs.getString("severity")),
                rs.getString("title"),
                rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant(),
                rs.getTimestamp("aware_at").toInstant(),
                rs.getString("impact"),
                assetIds,
                rs.getString("handling_notes"),
                facts,
                persons,
                IncidentStatus.valueOf(rs.getString("status")),
                rs.getString("closing_summary"),
                closed == null ? null : closed.toInstant(),
                rs.getString("rules_id"),
                rs.getObject("recorded_by", UUID.class),
                rs.getString("recorded_by_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
