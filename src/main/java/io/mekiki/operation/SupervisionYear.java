package io.mekiki.operation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contract year as the supervision review compiles it from the records of operation (ADR 038): SLA attainment
 * per metric, breaches and credits due, incidents and their handling, changes the provider made to the service
 * or the terms, findings raised and closed, the initiative's KPI actuals against their targets, and the
 * coverage of the provider's attestations. Live while the review is open; frozen on submission. Decimal figures
 * are texts as recorded (no rounding on the way).
 *
 * @param compiledOn the day it was compiled (in the organisation's calendar)
 * @param creditsDue the credits due over the year in whole yen; null when no metric has a fee
 * @param attestations the coverage of the provider's attestations over the year; null while the attestation
 *     register does not answer for the contract
 */
public record SupervisionYear(
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate compiledOn,
        List<MetricYear> metrics,
        int breaches,
        @Nullable Long creditsDue,
        List<IncidentLine> incidents,
        List<IncidentLine> serviceChanges,
        List<RevisionLine> contractRevisions,
        List<FindingLine> findings,
        int findingsRaised,
        int findingsClosed,
        int findingsOpen,
        List<KpiLine> kpis,
        @Nullable AttestationCoverage attestations) {

    public SupervisionYear {
        metrics = List.copyOf(metrics);
        incidents = List.copyOf(incidents);
        serviceChanges = List.copyOf(serviceChanges);
        contractRevisions = List.copyOf(contractRevisions);
        findings = List.copyOf(findings);
        kpis = List.copyOf(kpis);
    }

    /**
     * An SLA metric over the year: its periods that began in the year, how many ended met or missed, the breaches
     * recorded and the credits due for the missed ones.
     *
     * @param worst the worst attainment of a period in the year; null without a measurement
     */
    public record MetricYear(
            UUID metricId,
            String code,
            String name,
            MetricUnit unit,
            @Nullable String customUnit,
            MetricDirection direction,
            String target,
            MetricPeriod period,
            int periods,
            int periodsMet,
            int periodsMissed,
            int breaches,
            @Nullable Long creditsDue,
            @Nullable String worst,
            List<PeriodLine> lines) {

        public MetricYear {
            lines = List.copyOf(lines);
        }
    }

    /** One period of a metric in the year. */
    public record PeriodLine(
            LocalDate periodStart,
            LocalDate periodEnd,
            int measurements,
            String attained,
            boolean met,
            boolean closed,
            boolean breached,
            @Nullable Long creditDue) {}

    /** An incident that began in the year, with its handling as recorded. */
    public record IncidentLine(
            UUID incidentId,
            String code,
            IncidentType type,
            IncidentSeverity severity,
            String title,
            LocalDate startedOn,
            IncidentStatus status,
            @Nullable LocalDate closedOn,
            String handling) {}

    /** A revision of the contract's record in the year, with the fields it changed. */
    public record RevisionLine(LocalDate on, String by, List<String> fields) {

        public RevisionLine {
            fields = List.copyOf(fields);
        }
    }

    /** A finding of operation raised in the year, or raised before and still open when the year ended. */
    public record FindingLine(
            UUID findingId,
            String code,
            String title,
            OperationFindingSource source,
            OperationFindingSignificance significance,
            OperationFindingStatus status,
            LocalDate raisedOn,
            @Nullable LocalDate dueDate) {}

    /**
     * A KPI of the initiative: its target against the latest value measured in the year.
     *
     * @param attained whether the latest value reaches the target (in the direction from the baseline to the
     *     target; at least the target when no baseline is set); null without a target or a value
     */
    public record KpiLine(
            UUID kpiId,
            String name,
            String unit,
            @Nullable String baseline,
            @Nullable String target,
            @Nullable String actual,
            @Nullable LocalDate measuredOn,
            int measurements,
            @Nullable Boolean attained) {}

    /**
     * The coverage of the provider's attestations over the year, from the attestation register (ADR 039): per kind
     * of report or certificate in scope of the contract's service, the months it covers, the months of its gaps
     * that bridge letters close, the months still open, the exceptions the reports note and the complementary
     * user-entity controls they expect from us (and how many of them no control or person of ours performs).
     *
     * @param complete whether no kind leaves a month uncovered that no bridge letter closes
     */
    public record AttestationCoverage(int monthsInYear, boolean complete, List<AttestationKindLine> kinds) {

        public AttestationCoverage {
            kinds = List.copyOf(kinds);
        }
    }

    /**
     * One kind of attestation over the year.
     *
     * @param kind the kind as the attestation register names it (e.g. {@code SOC2_TYPE2})
     * @param openGaps the months no report or bridge letter covers, as {@code first..last} (year-month)
     * @param bridged the months bridge letters close, as {@code first..last}
     */
    public record AttestationKindLine(
            String kind,
            int monthsCovered,
            int monthsBridged,
            List<String> openGaps,
            List<String> bridged,
            int exceptions,
            int userEntityControls,
            int userEntityControlsUnmapped) {

        public AttestationKindLine {
            openGaps = List.copyOf(openGaps);
            bridged = List.copyOf(bridged);
        }
    }
}
