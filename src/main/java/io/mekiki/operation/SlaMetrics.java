package io.mekiki.operation;

import io.mekiki.operation.internal.sla.MetricRules;
import io.mekiki.operation.internal.sla.SlaContracts;
import io.mekiki.operation.internal.sla.SlaContracts.SlaContract;
import io.mekiki.operation.internal.sla.SlaRules;
import io.mekiki.operation.internal.sla.SlaStore;
import io.mekiki.operation.internal.sla.SlaStore.Breach;
import io.mekiki.operation.internal.sla.SlaStore.PeriodFigures;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA metrics of contracts and the service-level dashboard (ADR 035): everyone in the organisation reads;
 * risk officers and business owners define, change and remove metrics.
 */
@Service
public class SlaMetrics {

    /** Who enters SLA metrics and measurements: the planners (risk officers, business owners). */
    public static final String EDITORS = "hasAnyRole('RISK_OFFICER', 'BUSINESS_OWNER')";

    /** Metrics per contract at most. */
    public static final int METRICS_MAX = 50;

    private final SlaStore store;
    private final SlaContracts contracts;
    private final OrganizationTime time;
    private final ObjectProvider<OperationCounts> counts;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    SlaMetrics(
            SlaStore store,
            SlaContracts contracts,
            OrganizationTime time,
            ObjectProvider<OperationCounts> counts,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.store = store;
        this.contracts = contracts;
        this.time = time;
        this.counts = counts;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The contract as the SLA pages name it.
     *
     * @throws NotFoundException when the contract is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public SlaContractRef contract(SignedInUser user, UUID contractId) {
        return ref(contractOf(user.organizationId(), contractId));
    }

    /** The contract's metrics with the current period's attainment, breaches and credits due. */
    @Transactional(readOnly = true)
    public List<SlaMetricStatus> metrics(SignedInUser user, UUID contractId) {
        SlaContract contract = contractOf(user.organizationId(), contractId);
        List<SlaMetric> metrics = store.metrics(user.organizationId(), contract.id());
        LocalDate today = time.today(user.organizationId());
        Map<UUID, PeriodFigures> current = store.current(metrics, today);
        Map<UUID, List<Breach>> breaches = store.breaches(user.organizationId(), List.of(contract.id())).stream()
                .collect(Collectors.groupingBy(Breach::metricId));
        List<SlaMetricStatus> statuses = new ArrayList<>();
        for (SlaMetric metric : metrics) {
            List<Breach> own = breaches.getOrDefault(metric.id(), List.of());
            statuses.add(new SlaMetricStatus(
                    metric,
                    currentOf(contract, metric, current.get(metric.id()), today, own),
                    own.size(),
                    creditsDue(metric, own)));
        }
        return statuses;
    }

    /**
     * A metric with its periods and measurements.
     *
     * @throws NotFoundException when the contract or the metric is not the organisation's
     */
    @Transactional(readOnly = true)
    public SlaMetricDetail metric(SignedInUser user, UUID contractId, UUID metricId) {
        SlaContract contract = contractOf(user.organizationId(), contractId);
        SlaMetric metric = metricOf(user.organizationId(), contractId, metricId);
        LocalDate today = time.today(user.organizationId());
        Set<LocalDate> breached = store.breachedPeriods(metricId);
        SlaRules.Terms terms = SlaRules.terms(metric, contract.monthlyFee());
        List<SlaPeriodAttainment> periods = store.periods(metricId, metric.period()).stream()
                .map(figures -> SlaRules.period(
                        terms,
                        figures.start(),
                        figures.count(),
                        SlaRules.attained(
                                figures.mean(), figures.min(), figures.max(), metric.aggregation(), metric.direction()),
                        today,
                        breached))
                .toList();
        List<SlaMetricDetail.Point> points = store.values(metricId).stream()
                .map(value -> new SlaMetricDetail.Point(value.on(), value.value()))
                .toList();
        return new SlaMetricDetail(ref(contract), metric, periods, points);
    }

    /**
     * Defines a metric on the contract.
     *
     * @throws RuleViolationException 400 naming the field refused; 409 when the contract has {@value #METRICS_MAX}
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public SlaMetric define(SignedInUser user, UUID contractId, MetricInput input) {
        SlaContract contract = contractOf(user.organizationId(), contractId);
        List<SlaMetric> existing = store.metrics(user.organizationId(), contract.id());
        if (existing.size() >= METRICS_MAX) {
            throw RuleViolationException.conflict("sla.metric.error.tooMany", METRICS_MAX);
        }
        MetricRules.Definition definition = MetricRules.check(input, codes(existing, null));
        SlaMetric metric = new SlaMetric(
                UUID.randomUUID(),
                user.organizationId(),
                contract.id(),
                definition.code(),
                definition.name().isEmpty() ? kindName(definition.kind(), user.language()) : definition.name(),
                definition.kind(),
                definition.unit(),
                definition.customUnit(),
                definition.direction(),
                definition.aggregation(),
                definition.target(),
                definition.period(),
                definition.monthlyFee(),
                definition.creditTiers(),
                1,
                clock.instant());
        store.insert(metric, user.userId());
        events.publishEvent(new SlaMetricDefined(user.organizationId(), user.actor(), contract.id(), metric));
        return metric;
    }

    /**
     * Changes a metric's definition over the version read; its kind stays. Periods already judged keep their
     * recorded breaches; attainment and credits read with the new terms from now on.
     *
     * @throws RuleViolationException 400 naming the field refused; 409 when the metric changed since
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public SlaMetric change(
            SignedInUser user, UUID contractId, UUID metricId, @Nullable Long versionRead, MetricInput input) {
        SlaContract contract = contractOf(user.organizationId(), contractId);
        SlaMetric before = metricOf(user.organizationId(), contractId, metricId);
        if (input.kind() != null
                && !input.kind().isBlank()
                && !input.kind().strip().equals(before.kind().name())) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "kind", "sla.metric.error.kindFixed");
        }
        MetricInput withKind = new MetricInput(
                input.code() == null || input.code().isBlank() ? before.code() : input.code(),
                input.name(),
                before.kind().name(),
                input.unit(),
                input.customUnit(),
                input.direction(),
                input.aggregation(),
                input.target(),
                input.period(),
                input.monthlyFee(),
                input.creditTiers());
        MetricRules.Definition definition =
                MetricRules.check(withKind, codes(store.metrics(user.organizationId(), contract.id()), metricId));
        long read = versionRead == null ? before.version() : versionRead;
        SlaMetric after = new SlaMetric(
                before.id(),
                before.organizationId(),
                before.contractId(),
                definition.code(),
                definition.name().isEmpty() ? before.name() : definition.name(),
                before.kind(),
                definition.unit(),
                definition.customUnit(),
                definition.direction(),
                definition.aggregation(),
                definition.target(),
                definition.period(),
                definition.monthlyFee(),
                definition.creditTiers(),
                read + 1,
                before.definedAt());
        if (!store.update(after, read)) {
            throw RuleViolationException.conflict("sla.metric.error.stale");
        }
        events.publishEvent(new SlaMetricChanged(user.organizationId(), user.actor(), contract.id(), before, after));
        return after;
    }

    /**
     * Removes a metric: it leaves the pages, the API and the dashboard; its measurements and recorded
     * breaches stay in the database and in the ledger.
     *
     * @throws RuleViolationException 409 when the metric changed since {@code versionRead}
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public void remove(SignedInUser user, UUID contractId, UUID metricId, @Nullable Long versionRead) {
        SlaContract contract = contractOf(user.organizationId(), contractId);
        SlaMetric metric = metricOf(user.organizationId(), contractId, metricId);
        long read = versionRead == null ? metric.version() : versionRead;
        int measurements = store.measurementCount(metricId);
        if (!store.remove(user.organizationId(), metricId, read, clock.instant())) {
            throw RuleViolationException.conflict("sla.metric.error.stale");
        }
        events.publishEvent(new SlaMetricRemoved(
                user.organizationId(),
                user.actor(),
                contract.id(),
                metricId,
                metric.code(),
                metric.name(),
                measurements));
    }

    /**
     * The service levels of every contract in force: one statement for the metrics, one or two for the
     * current periods, one for the breaches, whatever the number of contracts.
     */
    @Transactional(readOnly = true)
    public SlaDashboard dashboard(SignedInUser user) {
        UUID organizationId = user.organizationId();
        LocalDate today = time.today(organizationId);
        List<SlaContract> running = contracts.inForce(organizationId);
        List<UUID> ids = running.stream().map(SlaContract::id).toList();
        List<SlaMetric> metrics = store.metricsOf(organizationId, ids);
        Map<UUID, PeriodFigures> current = store.current(metrics, today);
        LocalDate yearAgo = today.minusYears(1);
        Map<UUID, List<Breach>> breaches = store.breaches(organizationId, ids).stream()
                .filter(breach -> breach.periodEnd().isAfter(yearAgo))
                .collect(Collectors.groupingBy(Breach::contractId));
        Map<UUID, List<SlaContracts.Upcoming>> upcoming =
                contracts.upcoming(organizationId, today.plusDays(90)).stream()
                        .collect(Collectors.groupingBy(SlaContracts.Upcoming::contractId));
        Map<UUID, List<SlaMetric>> byContract = metrics.stream().collect(Collectors.groupingBy(SlaMetric::contractId));
        OperationCounts counter = counts.getIfAvailable();
        Map<UUID, OperationCounts.Open> open = counter == null
                ? Map.of()
                : counter.openByInitiative(
                        organizationId,
                        running.stream()
                                .map(SlaContract::initiativeId)
                                .distinct()
                                .toList());
        Map<UUID, SlaMetric> metricsById = new HashMap<>();
        metrics.forEach(metric -> metricsById.put(metric.id(), metric));
        List<SlaDashboard.Row> rows = new ArrayList<>();
        for (SlaContract contract : running) {
            List<SlaDashboard.MetricNow> now = new ArrayList<>();
            for (SlaMetric metric : byContract.getOrDefault(contract.id(), List.of())) {
                List<Breach> own = breaches.getOrDefault(contract.id(), List.of()).stream()
                        .filter(breach -> breach.metricId().equals(metric.id()))
                        .toList();
                now.add(new SlaDashboard.MetricNow(
                        metric.id(),
                        metric.code(),
                        metric.name(),
                        metric.unit(),
                        metric.customUnit(),
                        metric.direction(),
                        metric.target(),
                        metric.period(),
                        currentOf(contract, metric, current.get(metric.id()), today, own)));
            }
            List<Breach> own = breaches.getOrDefault(contract.id(), List.of());
            Long credits = null;
            for (Breach breach : own) {
                if (breach.creditDue() != null) {
                    credits = (credits == null ? 0 : credits) + breach.creditDue();
                }
            }
            OperationCounts.Open counted = open.get(contract.initiativeId());
            rows.add(new SlaDashboard.Row(
                    ref(contract),
                    now,
                    own.size(),
                    credits,
                    upcoming.getOrDefault(contract.id(), List.of()).stream()
                            .map(date -> new SlaDashboard.Upcoming(date.kind(), date.on()))
                            .toList(),
                    counter == null ? null : counted == null ? 0 : counted.incidents(),
                    counter == null ? null : counted == null ? 0 : counted.findings()));
        }
        return new SlaDashboard(today, counter != null, rows);
    }

    private static @Nullable SlaPeriodAttainment currentOf(
            SlaContract contract,
            SlaMetric metric,
            @Nullable PeriodFigures figures,
            LocalDate today,
            List<Breach> breaches) {
        if (figures == null) {
            return null;
        }
        LocalDate start = metric.period().startOf(today);
        Set<LocalDate> breached = breaches.stream().map(Breach::periodStart).collect(Collectors.toSet());
        return SlaRules.period(
                SlaRules.terms(metric, contract.monthlyFee()),
                start,
                figures.count(),
                SlaRules.attained(
                        figures.mean(), figures.min(), figures.max(), metric.aggregation(), metric.direction()),
                today,
                breached);
    }

    private static @Nullable Long creditsDue(SlaMetric metric, List<Breach> breaches) {
        Long total = null;
        for (Breach breach : breaches) {
            if (breach.creditDue() != null) {
                total = (total == null ? 0 : total) + breach.creditDue();
            }
        }
        return total;
    }

    private String kindName(MetricKind kind, Locale language) {
        return messages.getMessage("sla.kind." + kind.name(), null, kind.name(), language);
    }

    private static Set<String> codes(List<SlaMetric> metrics, @Nullable UUID except) {
        return metrics.stream()
                .filter(metric -> !metric.id().equals(except))
                .map(SlaMetric::code)
                .collect(Collectors.toSet());
    }

    SlaContract contractOf(UUID organizationId, UUID contractId) {
        return contracts
                .find(organizationId, contractId)
                .orElseThrow(() -> new NotFoundException("CONTRACT", contractId));
    }

    SlaMetric metricOf(UUID organizationId, UUID contractId, UUID metricId) {
        return store.metric(organizationId, contractId, metricId)
                .orElseThrow(() -> new NotFoundException("SLA_METRIC", metricId));
    }

    static SlaContractRef ref(SlaContract contract) {
        return new SlaContractRef(
                contract.id(), contract.initiativeId(), contract.title(), contract.startsOn(), contract.inForce());
    }
}
