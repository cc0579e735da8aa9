package io.mekiki.operation.internal.review;

import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.audit.LedgerFilter;
import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractChange;
import io.mekiki.contract.Contracts;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.Kpi;
import io.mekiki.initiative.Measurement;
import io.mekiki.operation.Incident;
import io.mekiki.operation.IncidentType;
import io.mekiki.operation.Incidents;
import io.mekiki.operation.OperationFinding;
import io.mekiki.operation.OperationFindingStatus;
import io.mekiki.operation.OperationFindings;
import io.mekiki.operation.SlaMetricDetail;
import io.mekiki.operation.SlaMetricStatus;
import io.mekiki.operation.SlaMetrics;
import io.mekiki.operation.SlaPeriodAttainment;
import io.mekiki.operation.SupervisionReview;
import io.mekiki.operation.SupervisionYear;
import io.mekiki.operation.SupervisionYear.AttestationKindLine;
import io.mekiki.operation.SupervisionYear.FindingLine;
import io.mekiki.operation.SupervisionYear.IncidentLine;
import io.mekiki.operation.SupervisionYear.KpiLine;
import io.mekiki.operation.SupervisionYear.MetricYear;
import io.mekiki.operation.SupervisionYear.PeriodLine;
import io.mekiki.operation.SupervisionYear.RevisionLine;
import io.mekiki.provider.AttestationCoverage;
import io.mekiki.provider.Attestations;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.SignedInUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compiles a contract year from the public reading APIs of operation, the initiative and the ledger (ADR 038);
 * what it reads, the user may read. Nothing here writes.
 */
@Component
public class ReviewCompilation {

    /** More than any contract year holds; the pages page these lists, the compilation reads them whole. */
    private static final int READ_MAX = 2000;

    /** Incidents that are changes the provider made to the service or to its own business. */
    private static final Set<IncidentType> PROVIDER_CHANGES =
            Set.of(IncidentType.SERVICE_CHANGE, IncidentType.PROVIDER_BUSINESS_EVENT);

    private final SlaMetrics metrics;
    private final Incidents incidents;
    private final OperationFindings findings;
    private final Initiatives initiatives;
    private final AuditLedger ledger;
    private final Contracts contracts;
    private final Attestations attestations;
    private final OrganizationTime time;
    private final JsonMapper json;

    ReviewCompilation(
            SlaMetrics metrics,
            Incidents incidents,
            OperationFindings findings,
            Initiatives initiatives,
            AuditLedger ledger,
            Contracts contracts,
            Attestations attestations,
            OrganizationTime time,
            JsonMapper json) {
        this.metrics = metrics;
        this.incidents = incidents;
        this.findings = findings;
        this.initiatives = initiatives;
        this.ledger = ledger;
        this.contracts = contracts;
        this.attestations = attestations;
        this.time = time;
        this.json = json;
    }

    public SupervisionYear compile(SignedInUser user, SupervisionReview review) {
        ZoneId zone = time.zoneOf(user.organizationId());
        LocalDate from = review.periodFrom();
        LocalDate to = review.periodTo();
        List<MetricYear> metricYears = metricYears(user, review);
        int breaches = metricYears.stream().mapToInt(MetricYear::breaches).sum();
        Long credits = metricYears.stream()
                .map(MetricYear::creditsDue)
                .filter(java.util.Objects::nonNull)
                .reduce(Long::sum)
                .orElse(null);
        List<IncidentLine> incidentLines =
                incidents.page(user, review.initiativeId(), null, 0, READ_MAX).items().stream()
                        .filter(incident -> incident.contractId() == null
                                || incident.contractId().equals(review.contractId()))
                        .filter(incident -> within(day(incident.startedAt(), zone), from, to))
                        .sorted(Comparator.comparing(Incident::startedAt))
                        .map(incident -> incidentLine(incident, zone))
                        .toList();
        List<IncidentLine> changes = incidentLines.stream()
                .filter(line -> PROVIDER_CHANGES.contains(line.type()))
                .toList();
        List<OperationFinding> all = findings.page(user, review.initiativeId(), null, null, null, 0, READ_MAX)
                .items();
        List<OperationFinding> raised = all.stream()
                .filter(finding -> within(day(finding.createdAt(), zone), from, to))
                .toList();
        List<FindingLine> findingLines = all.stream()
                .filter(finding -> !day(finding.createdAt(), zone).isAfter(to))
                .filter(finding -> raised.contains(finding) || finding.open())
                .sorted(Comparator.comparing(OperationFinding::number))
                .map(finding -> new FindingLine(
                        finding.id(),
                        finding.code(),
                        finding.title(),
                        finding.source(),
                        finding.significance(),
                        finding.status(),
                        day(finding.createdAt(), zone),
                        finding.dueDate()))
                .toList();
        int closed = (int) raised.stream()
                .filter(finding -> finding.status() == OperationFindingStatus.CLOSED)
                .count();
        int open =
                (int) findingLines.stream().filter(line -> line.status().open()).count();
        return new SupervisionYear(
                from,
                to,
                time.today(user.organizationId()),
                metricYears,
                breaches,
                credits,
                incidentLines,
                changes,
                revisions(review, zone),
                findingLines,
                raised.size(),
                closed,
                open,
                kpis(user, review),
                attestations(review));
    }

    /** The attestations of the contract's provider in scope of its service over the year; null without a contract. */
    private SupervisionYear.@Nullable AttestationCoverage attestations(SupervisionReview review) {
        Optional<Contract> contract = contracts.find(review.organizationId(), review.contractId());
        if (contract.isEmpty()) {
            return null;
        }
        AttestationCoverage coverage;
        try {
            coverage = attestations.coverage(
                    review.organizationId(),
                    contract.get().providerId(),
                    contract.get().serviceId(),
                    review.periodFrom(),
                    review.periodTo());
        } catch (NotFoundException e) {
            return null;
        }
        List<AttestationKindLine> kinds = coverage.kinds().stream()
                .map(kind -> new AttestationKindLine(
                        kind.kind().name(),
                        kind.covered().stream()
                                .mapToInt(AttestationCoverage.Months::count)
                                .sum(),
                        kind.gaps().stream()
                                .flatMap(gap -> gap.bridged().stream())
                                .mapToInt(AttestationCoverage.Months::count)
                                .sum(),
                        kind.gaps().stream()
                                .flatMap(gap -> gap.open().stream())
                                .map(ReviewCompilation::months)
                                .toList(),
                        kind.gaps().stream()
                                .flatMap(gap -> gap.bridged().stream())
                                .map(ReviewCompilation::months)
                                .toList(),
                        kind.exceptions().size(),
                        kind.userEntityControls().size(),
                        kind.unmapped().size()))
                .toList();
        return new SupervisionYear.AttestationCoverage(coverage.months().size(), coverage.complete(), kinds);
    }

    private static String months(AttestationCoverage.Months months) {
        return months.first().equals(months.last()) ? months.first().toString() : months.first() + ".." + months.last();
    }

    private List<MetricYear> metricYears(SignedInUser user, SupervisionReview review) {
        List<SlaMetricStatus> statuses;
        try {
            statuses = metrics.metrics(user, review.contractId());
        } catch (NotFoundException e) {
            return List.of();
        }
        List<MetricYear> years = new ArrayList<>();
        for (SlaMetricStatus status : statuses) {
            SlaMetricDetail detail =
                    metrics.metric(user, review.contractId(), status.metric().id());
            List<SlaPeriodAttainment> inYear = detail.periods().stream()
                    .filter(period -> within(period.periodStart(), review.periodFrom(), review.periodTo()))
                    .toList();
            int met = (int) inYear.stream().filter(p -> p.closed() && p.met()).count();
            int missed =
                    (int) inYear.stream().filter(p -> p.closed() && !p.met()).count();
            int breaches =
                    (int) inYear.stream().filter(SlaPeriodAttainment::breached).count();
            Long credits = inYear.stream()
                    .filter(SlaPeriodAttainment::breached)
                    .map(SlaPeriodAttainment::creditDue)
                    .filter(java.util.Objects::nonNull)
                    .reduce(Long::sum)
                    .orElse(null);
            BigDecimal worst = inYear.stream()
                    .map(SlaPeriodAttainment::attained)
                    .reduce((one, other) -> status.metric().direction().worse(one, other))
                    .orElse(null);
            years.add(new MetricYear(
                    status.metric().id(),
                    status.metric().code(),
                    status.metric().name(),
                    status.metric().unit(),
                    status.metric().customUnit(),
                    status.metric().direction(),
                    status.metric().target().toPlainString(),
                    status.metric().period(),
                    inYear.size(),
                    met,
                    missed,
                    breaches,
                    credits,
                    worst == null ? null : worst.toPlainString(),
                    inYear.stream()
                            .map(p -> new PeriodLine(
                                    p.periodStart(),
                                    p.periodEnd(),
                                    p.measurements(),
                                    p.attained().toPlainString(),
                                    p.met(),
                                    p.closed(),
                                    p.breached(),
                                    p.creditDue()))
                            .toList()));
        }
        return years;
    }

    private static IncidentLine incidentLine(Incident incident, ZoneId zone) {
        String handling =
                incident.closingSummary() != null && !incident.closingSummary().isBlank()
                        ? incident.closingSummary()
                        : incident.handlingNotes();
        return new IncidentLine(
                incident.id(),
                incident.code(),
                incident.type(),
                incident.severity(),
                incident.title(),
                day(incident.startedAt(), zone),
                incident.status(),
                incident.closedAt() == null ? null : day(incident.closedAt(), zone),
                handling == null ? "" : handling);
    }

    private List<RevisionLine> revisions(SupervisionReview review, ZoneId zone) {
        Instant from = review.periodFrom().atStartOfDay(zone).toInstant();
        Instant until = review.periodTo().plusDays(1).atStartOfDay(zone).toInstant();
        LedgerFilter filter = new LedgerFilter(
                ContractChange.CONTRACT,
                List.of(review.contractId().toString()),
                null,
                "contract.contract.revised",
                from,
                until);
        List<RevisionLine> lines = new ArrayList<>();
        for (LedgerEntry entry :
                ledger.entries(review.organizationId(), filter, 0, READ_MAX).entries()) {
            Map<String, Object> change = json.readValue(entry.change(), new TypeReference<Map<String, Object>>() {});
            lines.add(new RevisionLine(
                    day(Instant.parse(entry.recordedAt()), zone),
                    name(entry.actorName()),
                    change.keySet().stream().sorted().toList()));
        }
        return lines.stream().sorted(Comparator.comparing(RevisionLine::on)).toList();
    }

    private List<KpiLine> kpis(SignedInUser user, SupervisionReview review) {
        Initiative initiative = initiatives.initiative(user, review.initiativeId());
        List<KpiLine> lines = new ArrayList<>();
        for (Kpi kpi : initiative.kpis()) {
            List<Measurement> inYear = initiative.measurementsOf(kpi.kpiId()).stream()
                    .filter(m -> within(m.measuredOn(), review.periodFrom(), review.periodTo()))
                    .sorted(Comparator.comparing(Measurement::measuredOn).thenComparing(Measurement::recordedAt))
                    .toList();
            Measurement latest = inYear.isEmpty() ? null : inYear.get(inYear.size() - 1);
            lines.add(new KpiLine(
                    kpi.kpiId(),
                    kpi.name(),
                    kpi.unit(),
                    plain(kpi.baseline()),
                    plain(kpi.target()),
                    latest == null ? null : latest.value().toPlainString(),
                    latest == null ? null : latest.measuredOn(),
                    inYear.size(),
                    attained(kpi, latest)));
        }
        return lines;
    }

    /** Reaches the target in the direction from the baseline to it; at least the target without a baseline. */
    static @Nullable Boolean attained(Kpi kpi, @Nullable Measurement latest) {
        if (latest == null || kpi.target() == null) {
            return null;
        }
        boolean downwards = kpi.baseline() != null && kpi.target().compareTo(kpi.baseline()) < 0;
        int comparison = latest.value().compareTo(kpi.target());
        return downwards ? comparison <= 0 : comparison >= 0;
    }

    /** The name of a ledger actor without the address ({@code Name <mail>}). */
    private static String name(String actorName) {
        int bracket = actorName.indexOf(" <");
        return bracket < 0 ? actorName : actorName.substring(0, bracket);
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
