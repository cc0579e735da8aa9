package io.mekiki.operation.internal.sla;

import io.mekiki.operation.MetricAggregation;
import io.mekiki.operation.MetricCreditTier;
import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricKind;
import io.mekiki.operation.MetricPeriod;
import io.mekiki.operation.MetricUnit;
import io.mekiki.operation.SlaMetric;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SLA metrics, measurements, imports and breaches (ADR 035). */
@Component
public class SlaStore {

    /** Measurements written per statement of an import. */
    static final int CHUNK = 5_000;

    private static final String METRIC_COLUMNS = """
            id, organization_id, contract_id, code, name, kind, unit, custom_unit, direction, aggregation, target,
            period, monthly_fee, credit_tiers::text, version, defined_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SlaStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<SlaMetric> metrics(UUID organizationId, UUID contractId) {
        return jdbc.sql("select " + METRIC_COLUMNS + """
                         from sla_metric where organization_id = ? and contract_id = ? and removed_at is null
                        order by defined_at, code""")
                .params(organizationId, contractId)
                .query(this::metric)
                .list();
    }

    public List<SlaMetric> metricsOf(UUID organizationId, Collection<UUID> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + METRIC_COLUMNS + """
                         from sla_metric where organization_id = ? and contract_id = any(?) and removed_at is null
                        order by defined_at, code""")
                .params(organizationId, contractIds.toArray(UUID[]::new))
                .query(this::metric)
                .list();
    }

    public Optional<SlaMetric> metric(UUID organizationId, UUID contractId, UUID metricId) {
        return jdbc.sql("select " + METRIC_COLUMNS + """
                         from sla_metric where organization_id = ? and contract_id = ? and id = ? and removed_at is null""")
                .params(organizationId, contractId, metricId)
                .query(this::metric)
                .optional();
    }

    public void insert(SlaMetric metric, @Nullable UUID definedBy) {
        jdbc.sql("""
                        insert into sla_metric (id, organization_id, contract_id, code, name, kind, unit, custom_unit,
                            direction, aggregation, target, period, monthly_fee, credit_tiers, version, defined_by, defined_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(
                        metric.id(),
                        metric.organizationId(),
                        metric.contractId(),
                        metric.code(),
                        metric.name(),
                        metric.kind().name(),
                        metric.unit().name(),
                        metric.customUnit(),
                        metric.direction().name(),
                        metric.aggregation().name(),
                        metric.target(),
                        metric.period().name(),
                        metric.monthlyFee(),
                        tiersJson(metric.creditTiers()),
                        metric.version(),
                        definedBy,
                        Timestamp.from(metric.definedAt()))
                .update();
    }

    /** Writes the metric over the version read; false when it changed since. */
    public boolean update(SlaMetric metric, long versionRead) {
        return jdbc.sql("""
                                update sla_metric set code = ?, name = ?, unit = ?, custom_unit = ?, direction = ?,
                                    aggregation = ?, target = ?, period = ?, monthly_fee = ?, credit_tiers = ?::jsonb,
                                    version = version + 1
                                where organization_id = ? and id = ? and version = ? and removed_at is null""")
                        .params(
                                metric.code(),
                                metric.name(),
                                metric.unit().name(),
                                metric.customUnit(),
                                metric.direction().name(),
                                metric.aggregation().name(),
                                metric.target(),
                                metric.period().name(),
                                metric.monthlyFee(),
                                tiersJson(metric.creditTiers()),
                                metric.organizationId(),
                                metric.id(),
                                versionRead)
                        .update()
                == 1;
    }

    public boolean remove(UUID organizationId, UUID metricId, long versionRead, Instant now) {
        return jdbc.sql("""
                                update sla_metric set removed_at = ?, version = version + 1
                                where organization_id = ? and id = ? and version = ? and removed_at is null""")
                        .params(Timestamp.from(now), organizationId, metricId, versionRead)
                        .update()
                == 1;
    }

    public int measurementCount(UUID metricId) {
        return jdbc.sql("select count(*) from sla_measurement where metric_id = ?")
                .param(metricId)
                .query(Integer.class)
                .single();
    }

    /** The import (or entry) that brings measurements in. */
    public void insertImport(
            UUID id,
            UUID organizationId,
            UUID contractId,
            String source,
            @Nullable String fileName,
            @Nullable String sha256,
            int measurements,
            @Nullable UUID importedBy,
            Instant now) {
        jdbc.sql("""
                        insert into sla_import (id, organization_id, contract_id, source, file_name, sha256, measurements,
                            imported_by, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        contractId,
                        source,
                        fileName,
                        sha256,
                        measurements,
                        importedBy,
                        Timestamp.from(now))
                .update();
    }

    /** Writes the measurements in statements of {@value #CHUNK} rows each (arrays unnested by the server). */
    public void insertMeasurements(UUID organizationId, UUID importId, List<MeasurementChecks.Checked> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<MeasurementChecks.Checked> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            jdbc.sql("""
                            insert into sla_measurement (metric_id, organization_id, measured_on, value, note, import_id)
                            select m, :organization, d, v, n, :import
                            from unnest(:metrics::uuid[], :days::date[], :values::numeric[], :notes::text[]) as t(m, d, v, n)""")
                    .param("organization", organizationId)
                    .param("import", importId)
                    .param(
                            "metrics",
                            chunk.stream().map(row -> row.metric().id()).toArray(UUID[]::new))
                    .param(
                            "days",
                            chunk.stream().map(row -> Date.valueOf(row.on())).toArray(Date[]::new))
                    .param(
                            "values",
                            chunk.stream().map(MeasurementChecks.Checked::value).toArray(BigDecimal[]::new))
                    .param(
                            "notes",
                            chunk.stream().map(MeasurementChecks.Checked::note).toArray(String[]::new))
                    .update();
        }
    }

    /** Which of the rows' metric and day already hold a measurement. */
    public Set<String> stored(List<MeasurementChecks.Checked> rows) {
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < rows.size(); from += CHUNK * 4) {
            List<MeasurementChecks.Checked> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK * 4));
            jdbc.sql("""
                            select s.metric_id, s.measured_on from sla_measurement s
                            join unnest(:metrics::uuid[], :days::date[]) as t(m, d) on s.metric_id = t.m and s.measured_on = t.d""")
                    .param(
                            "metrics",
                            chunk.stream().map(row -> row.metric().id()).toArray(UUID[]::new))
                    .param(
                            "days",
                            chunk.stream().map(row -> Date.valueOf(row.on())).toArray(Date[]::new))
                    .query((rs, n) ->
                            key(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()))
                    .list()
                    .forEach(stored::add);
        }
        return stored;
    }

    public static String key(UUID metricId, LocalDate on) {
        return metricId + "@" + on;
    }

    /** A period's measurements in aggregate. */
    public record PeriodFigures(LocalDate start, int count, BigDecimal mean, BigDecimal min, BigDecimal max) {}

    /** The figures of every period of the metric that holds a measurement, oldest first. */
    public List<PeriodFigures> periods(UUID metricId, MetricPeriod period) {
        return jdbc.sql("""
                        select date_trunc(:unit, measured_on)::date, count(*), avg(value), min(value), max(value)
                        from sla_measurement where metric_id = :metric group by 1 order by 1""")
                .param("unit", unit(period))
                .param("metric", metricId)
                .query((rs, n) -> figures(rs, 1))
                .list();
    }

    /**
     * The figures of the period holding {@code today} for each metric (its own period), in one statement.
     */
    public Map<UUID, PeriodFigures> current(Collection<SlaMetric> metrics, LocalDate today) {
        Map<UUID, PeriodFigures> current = new LinkedHashMap<>();
        if (metrics.isEmpty()) {
            return current;
        }
        LocalDate month = MetricPeriod.MONTHLY.startOf(today);
        LocalDate quarter = MetricPeriod.QUARTERLY.startOf(today);
        List<UUID> monthly = metrics.stream()
                .filter(metric -> metric.period() == MetricPeriod.MONTHLY)
                .map(SlaMetric::id)
                .toList();
        List<UUID> quarterly = metrics.stream()
                .filter(metric -> metric.period() == MetricPeriod.QUARTERLY)
                .map(SlaMetric::id)
                .toList();
        for (var part : List.of(Map.entry(month, monthly), Map.entry(quarter, quarterly))) {
            if (part.getValue().isEmpty()) {
                continue;
            }
            LocalDate start = part.getKey();
            jdbc.sql("""
                            select metric_id, count(*), avg(value), min(value), max(value) from sla_measurement
                            where metric_id = any(:metrics) and measured_on >= :start group by metric_id""")
                    .param("metrics", part.getValue().toArray(UUID[]::new))
                    .param("start", Date.valueOf(start))
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), figures(rs, start)))
                    .list()
                    .forEach(entry -> current.put(entry.getKey(), entry.getValue()));
        }
        return current;
    }

    /** A breach as recorded. */
    public record Breach(
            UUID metricId,
            UUID contractId,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal target,
            BigDecimal attained,
            @Nullable BigDecimal creditPercent,
            @Nullable Long creditDue,
            Instant detectedAt) {}

    /** Records a breach; false when the metric's period was recorded before (nothing changes then). */
    public boolean insertBreach(UUID organizationId, Breach breach, @Nullable UUID detectedBy) {
        return jdbc.sql("""
                                insert into sla_breach (metric_id, period_start, period_end, organization_id, contract_id,
                                    target, attained, credit_percent, credit_due, detected_by, detected_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (metric_id, period_start) do nothing""")
                        .params(
                                breach.metricId(),
                                Date.valueOf(breach.periodStart()),
                                Date.valueOf(breach.periodEnd()),
                                organizationId,
                                breach.contractId(),
                                breach.target(),
                                breach.attained(),
                                breach.creditPercent(),
                                breach.creditDue(),
                                detectedBy,
                                Timestamp.from(breach.detectedAt()))
                        .update()
                == 1;
    }

    /** Keeps a recorded breach's attainment and credit up to date when later measurements change them. */
    public void updateBreach(
            UUID metricId,
            LocalDate periodStart,
            BigDecimal attained,
            @Nullable BigDecimal percent,
            @Nullable Long due) {
        jdbc.sql("""
                        update sla_breach set attained = ?, credit_percent = ?, credit_due = ?
                        where metric_id = ? and period_start = ?""")
                .params(attained, percent, due, metricId, Date.valueOf(periodStart))
                .update();
    }

    public List<Breach> breaches(UUID organizationId, Collection<UUID> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select b.metric_id, b.contract_id, b.period_start, b.period_end, b.target, b.attained,
                            b.credit_percent, b.credit_due, b.detected_at
                        from sla_breach b join sla_metric m on m.id = b.metric_id and m.removed_at is null
                        where b.organization_id = ? and b.contract_id = any(?) order by b.period_start""")
                .params(organizationId, contractIds.toArray(UUID[]::new))
                .query((rs, n) -> new Breach(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        (Long) rs.getObject(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }

    public Set<LocalDate> breachedPeriods(UUID metricId) {
        return new HashSet<>(jdbc.sql("select period_start from sla_breach where metric_id = ?")
                .param(metricId)
                .query((rs, n) -> rs.getDate(1).toLocalDate())
                .list());
    }

    /** A measurement as listed. */
    public record Stored(
            long id,
            UUID metricId,
            LocalDate on,
            BigDecimal value,
            String note,
            String source,
            @Nullable UUID recordedBy,
            Instant recordedAt) {}

    /** The measurements of a contract (of one metric when given), newest day first, a page at a time. */
    public List<Stored> measurements(
            UUID organizationId, UUID contractId, @Nullable UUID metricId, int offset, int limit) {
        return jdbc.sql("""
                        select s.id, s.metric_id, s.measured_on, s.value, s.note, i.source, i.imported_by, i.imported_at
                        from sla_measurement s join sla_metric m on m.id = s.metric_id
                        join sla_import i on i.id = s.import_id
                        where s.organization_id = :organization and m.contract_id = :contract and m.removed_at is null
                            and (cast(:metric as uuid) is null or s.metric_id = :metric)
                        order by s.measured_on desc, m.code limit :limit offset :offset""")
                .param("organization", organizationId)
                .param("contract", contractId)
                .param("metric", metricId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Stored(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getDate(3).toLocalDate(),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, UUID.class),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    public int measurementTotal(UUID organizationId, UUID contractId, @Nullable UUID metricId) {
        return jdbc.sql("""
                        select count(*) from sla_measurement s join sla_metric m on m.id = s.metric_id
                        where s.organization_id = :organization and m.contract_id = :contract and m.removed_at is null
                            and (cast(:metric as uuid) is null or s.metric_id = :metric)""")
                .param("organization", organizationId)
                .param("contract", contractId)
                .param("metric", metricId)
                .query(Integer.class)
                .single();
    }

    /** The measurements of one metric, oldest first (for its chart). */
    public List<SlaRules.Value> values(UUID metricId) {
        return jdbc.sql("select measured_on, value from sla_measurement where metric_id = ? order by measured_on")
                .param(metricId)
                .query((rs, n) -> new SlaRules.Value(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)))
                .list();
    }

    private static String unit(MetricPeriod period) {
        return period == MetricPeriod.MONTHLY ? "month" : "quarter";
    }

    private static PeriodFigures figures(ResultSet rs, int from) throws SQLException {
        return new PeriodFigures(
                rs.getDate(from).toLocalDate(),
                rs.getInt(from + 1),
                rs.getBigDecimal(from + 2),
                rs.getBigDecimal(from + 3),
                rs.getBigDecimal(from + 4));
    }

    private static PeriodFigures figures(ResultSet rs, LocalDate start) throws SQLException {
        return new PeriodFigures(start, rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5));
    }

    private SlaMetric metric(ResultSet rs, int row) throws SQLException {
        return new SlaMetric(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                MetricKind.valueOf(rs.getString(6)),
                MetricUnit.valueOf(rs.getString(7)),
                rs.getString(8),
                MetricDirection.valueOf(rs.getString(9)),
                MetricAggregation.valueOf(rs.getString(10)),
                normal(rs.getBigDecimal(11)),
                MetricPeriod.valueOf(rs.getString(12)),
                (Long) rs.getObject(13),
                tiers(rs.getString(14)),
                rs.getLong(15),
                rs.getTimestamp(16).toInstant());
    }

    private List<MetricCreditTier> tiers(String text) {
        List<Map<String, String>> raw = json.readValue(text, new TypeReference<List<Map<String, String>>>() {});
        List<MetricCreditTier> tiers = new ArrayList<>();
        raw.forEach(tier -> tiers.add(new MetricCreditTier(
                normal(new BigDecimal(tier.get("threshold"))), normal(new BigDecimal(tier.get("creditPercent"))))));
        return tiers;
    }

    private String tiersJson(List<MetricCreditTier> tiers) {
        List<Map<String, String>> raw = new ArrayList<>();
        tiers.forEach(tier -> raw.add(Map.of(
                "threshold", tier.threshold().toPlainString(),
                "creditPercent", tier.creditPercent().toPlainString())));
        return json.writeValueAsString(raw);
    }

    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
