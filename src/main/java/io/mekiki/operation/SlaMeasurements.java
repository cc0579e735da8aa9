package io.mekiki.operation;

import io.mekiki.operation.internal.sla.MeasurementChecks;
import io.mekiki.operation.internal.sla.MeasurementCsv;
import io.mekiki.operation.internal.sla.MeasurementProblem;
import io.mekiki.operation.internal.sla.SlaContracts.SlaContract;
import io.mekiki.operation.internal.sla.SlaRules;
import io.mekiki.operation.internal.sla.SlaStore;
import io.mekiki.operation.internal.sla.SlaStore.Breach;
import io.mekiki.operation.internal.sla.SlaStore.PeriodFigures;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.Sha256;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measurements against a contract's SLA metrics, entered in a page, sent as JSON or imported from CSV (ADR
 * 035). Every way is atomic: a single problem refuses the whole lot and nothing is recorded. Measurements
 * that arrive judge the periods of their metrics; a period that misses its target for good is recorded as a
 * breach once and told as {@link SlaBreached} in the same transaction.
 */
@Service
public class SlaMeasurements {

    /** Measurements in one JSON request at most (a CSV file is bounded by its size). */
    public static final int JSON_MAX = 10_000;

    private final SlaMetrics metrics;
    private final SlaStore store;
    private final OrganizationTime time;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    SlaMeasurements(
            SlaMetrics metrics,
            SlaStore store,
            OrganizationTime time,
            PeopleDirectory people,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.metrics = metrics;
        this.store = store;
        this.time = time;
        this.people = people;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Imports a CSV file of measurements (see {@link MeasurementCsv}).
     *
     * @throws MeasurementsRefused 400 with every problem by line and column; nothing is recorded
     */
    @Transactional
    @PreAuthorize(SlaMetrics.EDITORS)
    public SlaImportResult importCsv(SignedInUser user, UUID contractId, @Nullable String fileName, byte[] content) {
        long started = System.nanoTime();
        SlaContract contract = metrics.contractOf(user.organizationId(), contractId);
        MeasurementChecks checks = checks(user, contract);
        MeasurementCsv.Result read = MeasurementCsv.read(content, checks);
        if (!read.ok()) {
            throw new MeasurementsRefused(read.problems(), read.more());
        }
        return record(
                user, contract, "CSV", fileName, Sha256.hex(content), read.rows(), MeasurementCsv.COLUMNS, started);
    }

    /**
     * Records measurements sent as a list (the API's JSON, or a page's form when {@code fromPage}).
     *
     * @throws MeasurementsRefused 400 with every problem by position ({@code measurements[i].field})
     */
    @Transactional
    @PreAuthorize(SlaMetrics.EDITORS)
    public SlaImportResult record(SignedInUser user, UUID contractId, List<MeasurementInput> inputs, boolean fromPage) {
        long started = System.nanoTime();
        SlaContract contract = metrics.contractOf(user.organizationId(), contractId);
        if (inputs.isEmpty()) {
            throw new MeasurementsRefused(
                    List.of(new MeasurementProblem(null, "measurements", "sla.measurement.error.none", new Object[0])),
                    false);
        }
        if (inputs.size() > JSON_MAX) {
            throw new MeasurementsRefused(
                    List.of(new MeasurementProblem(
                            null, "measurements", "sla.measurement.error.tooMany", new Object[] {JSON_MAX})),
                    false);
        }
        MeasurementChecks checks = checks(user, contract);
        List<MeasurementProblem> problems = new ArrayList<>();
        List<MeasurementChecks.Checked> rows = new ArrayList<>();
        for (int index = 0; index < inputs.size(); index++) {
            MeasurementInput input = inputs.get(index);
            if (input == null) {
                problems.add(new MeasurementProblem(index, null, "sla.measurement.error.none", new Object[0]));
                continue;
            }
            MeasurementChecks.Checked row = checks.check(
                    index,
                    input.metric(),
                    input.date(),
                    input.value() == null ? null : input.value().toPlainString(),
                    input.note(),
                    List.of("metric", "date", "value", "note"),
                    problems);
            if (row != null) {
                rows.add(row);
            }
        }
        if (!problems.isEmpty()) {
            boolean more = problems.size() > MeasurementCsv.PROBLEMS_MAX;
            throw new MeasurementsRefused(more ? problems.subList(0, MeasurementCsv.PROBLEMS_MAX) : problems, more);
        }
        return record(user, contract, fromPage ? "PAGE" : "JSON", null, null, rows, List.of(), started);
    }

    private SlaImportResult record(
            SignedInUser user,
            SlaContract contract,
            String source,
            @Nullable String fileName,
            @Nullable String sha256,
            List<MeasurementChecks.Checked> rows,
            List<String> csvColumns,
            long started) {
        Set<String> stored = store.stored(rows);
        if (!stored.isEmpty()) {
            List<MeasurementProblem> problems = new ArrayList<>();
            for (MeasurementChecks.Checked row : rows) {
                if (stored.contains(SlaStore.key(row.metric().id(), row.on()))) {
                    problems.add(new MeasurementProblem(
                            row.line(), "date", "sla.measurement.error.duplicateStored", new Object[] {
                                row.metric().code(), row.on()
                            }));
                    if (problems.size() >= MeasurementCsv.PROBLEMS_MAX) {
                        break;
                    }
                }
            }
            throw new MeasurementsRefused(problems, stored.size() > problems.size());
        }
        UUID importId = UUID.randomUUID();
        store.insertImport(
                importId,
                user.organizationId(),
                contract.id(),
                source,
                fileName,
                sha256,
                rows.size(),
                user.userId(),
                clock.instant());
        store.insertMeasurements(user.organizationId(), importId, rows);

        Map<String, Integer> perMetric = new TreeMap<>();
        Map<UUID, SlaMetric> touched = new HashMap<>();
        LocalDate from = null;
        LocalDate to = null;
        for (MeasurementChecks.Checked row : rows) {
            perMetric.merge(row.metric().code(), 1, Integer::sum);
            touched.put(row.metric().id(), row.metric());
            from = from == null || row.on().isBefore(from) ? row.on() : from;
            to = to == null || row.on().isAfter(to) ? row.on() : to;
        }
        List<SlaImportResult.Breach> breaches = judge(user, contract, touched.values());
        events.publishEvent(new SlaMeasurementsRecorded(
                user.organizationId(),
                user.actor(),
                contract.id(),
                importId,
                source,
                fileName,
                sha256,
                rows.size(),
                perMetric,
                from,
                to,
                breaches.size()));
        return new SlaImportResult(
                importId, rows.size(), perMetric, from, to, breaches, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Judges every period of the metrics: a period that misses its target for good and has no breach yet is
     * recorded and told (once); a recorded breach follows later measurements of its period.
     */
    private List<SlaImportResult.Breach> judge(
            SignedInUser user, SlaContract contract, java.util.Collection<SlaMetric> touched) {
        LocalDate today = time.today(user.organizationId());
        List<SlaImportResult.Breach> detected = new ArrayList<>();
        List<SlaMetric> ordered = new ArrayList<>(touched);
        ordered.sort(Comparator.comparing(SlaMetric::code));
        for (SlaMetric metric : ordered) {
            Set<LocalDate> breached = new HashSet<>(store.breachedPeriods(metric.id()));
            SlaRules.Terms terms = SlaRules.terms(metric, contract.monthlyFee());
            for (PeriodFigures figures : store.periods(metric.id(), metric.period())) {
                SlaPeriodAttainment period = SlaRules.period(
                        terms,
                        figures.start(),
                        figures.count(),
                        SlaRules.attained(
                                figures.mean(), figures.min(), figures.max(), metric.aggregation(), metric.direction()),
                        today,
                        breached);
                if (period.met() || !SlaRules.judged(period.closed(), false, metric.aggregation())) {
                    continue;
                }
                if (breached.contains(figures.start())) {
                    store.updateBreach(
                            metric.id(),
                            figures.start(),
                            period.attained(),
                            period.creditPercent(),
                            period.creditDue());
                    continue;
                }
                boolean first = store.insertBreach(
                        user.organizationId(),
                        new Breach(
                                metric.id(),
                                contract.id(),
                                period.periodStart(),
                                period.periodEnd(),
                                metric.target(),
                                period.attained(),
                                period.creditPercent(),
                                period.creditDue(),
                                clock.instant()),
                        user.userId());
                if (!first) {
                    continue;
                }
                events.publishEvent(new SlaBreachDetected(
                        user.organizationId(),
                        user.actor(),
                        contract.id(),
                        metric.id(),
                        metric.code(),
                        metric.name(),
                        period.periodStart(),
                        period.periodEnd(),
                        metric.target(),
                        period.attained(),
                        period.creditPercent(),
                        period.creditDue()));
                events.publishEvent(new SlaBreached(
                        user.organizationId(),
                        user.actor(),
                        contract.initiativeId(),
                        contract.id(),
                        metric.id(),
                        metric.name(),
                        unitSymbol(metric),
                        period.periodStart(),
                        period.periodEnd(),
                        metric.target(),
                        period.attained()));
                detected.add(new SlaImportResult.Breach(
                        metric.id(),
                        metric.code(),
                        metric.name(),
                        period.periodStart(),
                        period.periodEnd(),
                        metric.target(),
                        period.attained(),
                        period.creditPercent(),
                        period.creditDue()));
            }
        }
        return detected;
    }

    /** The measurements of a contract (of one metric when given), newest day first, a page at a time. */
    @Transactional(readOnly = true)
    public ListPage<SlaMeasurement> measurements(
            SignedInUser user, UUID contractId, @Nullable UUID metricId, int page, int size) {
        SlaContract contract = metrics.contractOf(user.organizationId(), contractId);
        if (metricId != null) {
            metrics.metricOf(user.organizationId(), contractId, metricId);
        }
        Map<UUID, String> codes = new HashMap<>();
        store.metrics(user.organizationId(), contract.id()).forEach(metric -> codes.put(metric.id(), metric.code()));
        int total = store.measurementTotal(user.organizationId(), contract.id(), metricId);
        List<SlaStore.Stored> stored =
                store.measurements(user.organizationId(), contract.id(), metricId, page * size, size);
        Map<UUID, String> names = people.names(
                user.organizationId(),
                stored.stream()
                        .map(SlaStore.Stored::recordedBy)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
        List<SlaMeasurement> items = stored.stream()
                .map(row -> new SlaMeasurement(
                        row.id(),
                        row.metricId(),
                        codes.getOrDefault(row.metricId(), ""),
                        row.on(),
                        row.value(),
                        row.note(),
                        row.source(),
                        row.recordedBy() == null ? "" : names.getOrDefault(row.recordedBy(), ""),
                        row.recordedAt()))
                .toList();
        return new ListPage<>(items, page, size, total);
    }

    /**
     * The CSV template of a contract: comment lines naming each metric's code, name, unit and target and the
     * rules of the file, then the header.
     */
    @Transactional(readOnly = true)
    public String template(SignedInUser user, UUID contractId, Locale language) {
        SlaContract contract = metrics.contractOf(user.organizationId(), contractId);
        StringBuilder csv = new StringBuilder();
        csv.append("# ")
                .append(message("sla.template.title", language, contract.title()))
                .append('\n');
        csv.append("# ")
                .append(message("sla.template.rules", language, contract.startsOn()))
                .append('\n');
        for (SlaMetric metric : store.metrics(user.organizationId(), contract.id())) {
            csv.append("# ")
                    .append(message(
                            "sla.template.metric",
                            language,
                            metric.code(),
                            metric.name(),
                            unitSymbol(metric),
                            message("sla.direction." + metric.direction().name(), language),
                            metric.target().toPlainString()))
                    .append('\n');
        }
        csv.append(String.join(",", MeasurementCsv.COLUMNS)).append('\n');
        return csv.toString();
    }

    private MeasurementChecks checks(SignedInUser user, SlaContract contract) {
        return new MeasurementChecks(
                store.metrics(user.organizationId(), contract.id()),
                contract.startsOn(),
                time.today(user.organizationId()));
    }

    private String message(String code, Locale language, Object... arguments) {
        return messages.getMessage(code, arguments, code, language);
    }

    /** The unit as a symbol for texts that outlive the reader's language (the breach event, the template). */
    static String unitSymbol(SlaMetric metric) {
        return switch (metric.unit()) {
            case PERCENT -> "%";
            case MINUTES -> "min";
            case HOURS -> "h";
            case OTHER -> metric.customUnit() == null ? "" : metric.customUnit();
        };
    }
}
