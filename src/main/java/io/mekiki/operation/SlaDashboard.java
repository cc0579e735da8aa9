package io.mekiki.operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The service levels of the organisation's contracts in force, one row per contract.
 *
 * @param today today in the organisation's calendar, which "this period" is counted from
 * @param countsKnown whether open incidents and findings are counted (false while no module counts them)
 */
public record SlaDashboard(LocalDate today, boolean countsKnown, List<Row> rows) {

    /**
     * A contract: its metrics with the attainment of the period holding today, the breaches recorded in the
     * last twelve months and the credits due for them, its coming notice deadlines and renewals, and the open
     * incidents and operation findings of its initiative (null when not counted).
     */
    public record Row(
            SlaContractRef contract,
            List<MetricNow> metrics,
            int breaches,
            @Nullable Long creditsDue,
            List<Upcoming> upcoming,
            @Nullable Integer openIncidents,
            @Nullable Integer openFindings) {}

    /** A metric of the row: target and the current period's attainment (null while it has no measurement). */
    public record MetricNow(
            UUID metricId,
            String code,
            String name,
            MetricUnit unit,
            @Nullable String customUnit,
            MetricDirection direction,
            BigDecimal target,
            MetricPeriod period,
            @Nullable SlaPeriodAttainment current) {}

    /** A date coming up: {@code kind} names it (a notice deadline, a renewal) as the contract module does. */
    public record Upcoming(String kind, LocalDate on) {}
}
