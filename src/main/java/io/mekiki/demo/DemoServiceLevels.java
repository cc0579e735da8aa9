package io.mekiki.demo;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.identity.MekikiUser;
import io.mekiki.operation.Incident;
import io.mekiki.operation.IncidentInput;
import io.mekiki.operation.IncidentSeverity;
import io.mekiki.operation.IncidentType;
import io.mekiki.operation.Incidents;
import io.mekiki.operation.MeasurementInput;
import io.mekiki.operation.MetricInput;
import io.mekiki.operation.OperationFinding;
import io.mekiki.operation.OperationFindingInput;
import io.mekiki.operation.OperationFindingSignificance;
import io.mekiki.operation.OperationFindingSource;
import io.mekiki.operation.OperationFindingStatus;
import io.mekiki.operation.OperationFindings;
import io.mekiki.operation.SlaImportResult;
import io.mekiki.operation.SlaMeasurements;
import io.mekiki.operation.SlaMetrics;
import io.mekiki.operation.SupervisionReviews;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's initiative in service-level management, once its contract is in force: SLA metrics (availability
 * with credit tiers, incident notification), three months of daily measurements in which one month misses the
 * availability target, the finding that breach raised with its root cause and countermeasure, and an outage
 * incident handled and closed. Told through the operation module's services, by the risk officer.
 */
@Component
@Profile("demo")
class DemoServiceLevels {

    /** The month, counted back from the current one, whose availability misses the target. */
    static final int BREACHED_MONTHS_AGO = 2;

    private final Contracts contracts;
    private final SlaMetrics metrics;
    private final SlaMeasurements measurements;
    private final OperationFindings findings;
    private final Incidents incidents;
    private final SupervisionReviews reviews;
    private final Clock clock;

    DemoServiceLevels(
            Contracts contracts,
            SlaMetrics metrics,
            SlaMeasurements measurements,
            OperationFindings findings,
            Incidents incidents,
            SupervisionReviews reviews,
            Clock clock) {
        this.contracts = contracts;
        this.metrics = metrics;
        this.measurements = measurements;
        this.findings = findings;
        this.incidents = incidents;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Runs the initiative's service-level management so far; its contract must be recorded already. */
    void tell(MekikiUser riskOfficer, UUID initiativeId, UUID personnelAssetId) {
        as(riskOfficer, () -> {
            Contract contract = contracts.ofInitiative(riskOfficer.organizationId(), initiativeId).stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the demo's initiative in operation has no contract"));
            defineMetrics(riskOfficer, contract);
            SlaImportResult result = measure(riskOfficer, contract);
            if (result.breaches().isEmpty()) {
                throw new IllegalStateException("the demo's measurements were meant to miss a target once");
            }
            settleTheBreach(riskOfficer, initiativeId);
            closedOutage(riskOfficer, initiativeId, contract, personnelAssetId);
            // the contract's first year ends within weeks: its supervision review is open and due soon
            reviews.openDue(riskOfficer.organizationId());
            return null;
        });
    }

    private void defineMetrics(MekikiUser riskOfficer, Contract contract) {
        metrics.define(
                riskOfficer,
                contract.id(),
                new MetricInput(
                        "AVAIL",
                        "稼働率",
                        "AVAILABILITY",
                        "PERCENT",
                        null,
                        null,
                        null,
                        new BigDecimal("99.9"),
                        "MONTHLY",
                        300_000L,
                        List.of(
                                new MetricInput.Tier(new BigDecimal("99.9"), new BigDecimal("10")),
                                new MetricInput.Tier(new BigDecimal("99.0"), new BigDecimal("25")))));
        metrics.define(
                riskOfficer,
                contract.id(),
                new MetricInput(
                        "NOTICE",
                        "障害連絡までの時間",
                        "INCIDENT_NOTIFICATION",
                        "MINUTES",
                        null,
                        null,
                        null,
                        new BigDecimal("60"),
                        "MONTHLY",
                        null,
                        null));
    }

    /**
     * Daily availability for the last three whole months (one of them with a three-day outage that takes the
     * month below 99.9 %), and the minutes to the provider's notice of each disruption.
     */
    private SlaImportResult measure(MekikiUser riskOfficer, Contract contract) {
        LocalDate firstOfThisMonth = LocalDate.now(clock).withDayOfMonth(1);
        List<MeasurementInput> inputs = new ArrayList<>();
        for (int monthsAgo = 3; monthsAgo >= 1; monthsAgo--) {
            LocalDate first = firstOfThisMonth.minusMonths(monthsAgo);
            if (first.isBefore(contract.startsOn())) {
                continue;
            }
            LocalDate end = first.plusMonths(1);
            for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
                boolean outage =
                        monthsAgo == BREACHED_MONTHS_AGO && day.getDayOfMonth() >= 10 && day.getDayOfMonth() <= 12;
                inputs.add(new MeasurementInput(
                        "AVAIL",
                        day.toString(),
                        outage ? new BigDecimal("98.20") : new BigDecimal("99.98"),
                        outage ? "東日本リージョンのストレージ障害" : null));
            }
            inputs.add(new MeasurementInput(
                    "NOTICE",
                    first.plusDays(9).toString(),
                    monthsAgo == BREACHED_MONTHS_AGO ? new BigDecimal("45") : new BigDecimal("20"),
                    monthsAgo == BREACHED_MONTHS_AGO ? "障害の第一報" : "計画メンテナンスの通知"));
        }
        return measurements.record(riskOfficer, contract.id(), inputs, false);
    }

    /** The finding the breach raised gets its root cause, countermeasure, owner and due date. */
    private void settleTheBreach(MekikiUser riskOfficer, UUID initiativeId) {
        OperationFinding breach = findings.openOf(riskOfficer.organizationId(), initiativeId).stream()
                .filter(finding -> finding.source() == OperationFindingSource.SLA_BREACH)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the breach raised no finding"));
        findings.revise(
                riskOfficer,
                breach.id(),
                breach.version(),
                new OperationFindingInput(
                        null,
                        null,
                        breach.title(),
                        breach.description(),
                        "クラウド事業者の東日本リージョンでストレージ制御装置が故障し、冗長構成への切替えに3日を要した。",
                        "事業者に切替え手順の改善報告を求め、当社側は西日本リージョンへの退避手順を整備して訓練する。",
                        riskOfficer.userId(),
                        LocalDate.now(clock).plusMonths(1),
                        OperationFindingStatus.COUNTERMEASURE_PLANNED,
                        OperationFindingSignificance.MODERATE));
    }

    /** The outage behind the breach, recorded, handled and closed with its summary. */
    private void closedOutage(MekikiUser riskOfficer, UUID initiativeId, Contract contract, UUID personnelAssetId) {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate day = LocalDate.now(clock).withDayOfMonth(10).minusMonths(BREACHED_MONTHS_AGO);
        var started = day.atTime(LocalTime.of(9, 12)).atZone(tokyo).toInstant();
        Incident outage = incidents.record(
                riskOfficer,
                new IncidentInput(
                        initiativeId,
                        contract.id(),
                        IncidentType.OUTAGE,
                        IncidentSeverity.HIGH,
                        "評価SaaSの長時間停止 (HR evaluation SaaS down for three days)",
                        started,
                        started.plus(3, ChronoUnit.DAYS).minus(5, ChronoUnit.HOURS),
                        started.plus(45, ChronoUnit.MINUTES),
                        "評価入力ができず、評価締切を1週間延長した。データの消失はない。",
                        List.of(personnelAssetId),
                        "事業者の障害連絡を受けて社内に周知し、締切の延長を人事部から通知した。",
                        Set.of(),
                        null));
        incidents.close(riskOfficer, outage.id(), "ストレージ障害による停止。事業者が復旧し、データの整合性を確認した。再発防止は指摘事項で管理する。");
    }

    private static <T> T as(MekikiUser user, Supplier<T> call) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
