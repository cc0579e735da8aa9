package io.mekiki.comparison;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.catalog.Section;
import io.mekiki.initiative.InitiativePhase;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An initiative's comparison as it reads now: the criteria, the KPIs and one column per open candidate plus
 * one for keeping the work in-house, last. The API returns it as it is, so a field added to {@link Column}
 * reaches clients and the page's rows without another mapping.
 *
 * @param editable whether the initiative's phase lets the comparison change (preparation and selection)
 */
public record Comparison(
        UUID initiativeId,
        String title,
        InitiativePhase phase,
        boolean editable,
        CriteriaSet criteria,
        List<KpiRef> kpis,
        List<Column> columns) {

    public Comparison {
        kpis = List.copyOf(kpis);
        columns = List.copyOf(columns);
    }

    /** Every column scored on every criterion of a saved set. */
    public boolean fullyScored() {
        return criteria.present()
                && columns.stream()
                        .allMatch(column ->
                                column.criteriaScored() == criteria.criteria().size());
    }

    /**
     * A candidate's findings as the comparison shows them (ADR 030).
     *
     * @param open findings something still has to be done about
     * @param openBlocking of those, the ones on blocking items (the candidate cannot be chosen while any)
     * @param residualRisk the sum of the seven cloud risks' residual levels, 7–175, lower is better
     */
    public record OpenFindings(int open, int openBlocking, int residualRisk) {}

    /** A KPI of the initiative as the comparison names it. */
    public record KpiRef(UUID kpiId, String name, String unit) {}

    /**
     * One column: a candidate (with {@code candidateId} and {@code serviceId}) or the in-house baseline
     * ({@code inHouse}, key {@value Comparisons#IN_HOUSE}).
     *
     * @param key the column's key in paths: the candidate's id, or {@value Comparisons#IN_HOUSE}
     * @param weightedScore Σ weight × (score − min) / (max − min) over the criteria, 0–100
     * @param criteriaScored how many criteria of the set the column has a score on
     * @param conformance per section of the candidate's assessment; empty in-house
     * @param blockingGaps gaps (does not meet, partly, unknown) on items of weight 5; empty in-house
     * @param chosen whether the column is the candidate the initiative proposes to select (ADR 030)
     * @param findings the candidate's open findings and residual risk (ADR 030); null in-house
     * @param inHouseBasis what the in-house column is built from; null for a candidate
     */
    public record Column(
            String key,
            @Nullable UUID candidateId,
            @Nullable UUID serviceId,
            boolean inHouse,
            boolean chosen,
            String name,
            @Nullable String providerName,
            BigDecimal weightedScore,
            int criteriaScored,
            List<CriterionScore> scores,
            List<SectionConformance> conformance,
            List<BlockingGap> blockingGaps,
            Costs costs,
            List<KpiFit> kpiFit,
            @Nullable OpenFindings findings,
            @Nullable InHouseBasis inHouseBasis) {

        public Column {
            scores = List.copyOf(scores);
            conformance = List.copyOf(conformance);
            blockingGaps = List.copyOf(blockingGaps);
            kpiFit = List.copyOf(kpiFit);
        }

        public @Nullable CriterionScore scoreOn(UUID criterionId) {
            return scores.stream()
                    .filter(score -> score.criterionId().equals(criterionId))
                    .findFirst()
                    .orElse(null);
        }

        public @Nullable SectionConformance conformanceIn(Section section) {
            return conformance.stream()
                    .filter(entry -> entry.section() == section)
                    .findFirst()
                    .orElse(null);
        }

        public @Nullable KpiFit fitOn(UUID kpiId) {
            return kpiFit.stream()
                    .filter(fit -> fit.kpiId().equals(kpiId))
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * The column's score on a criterion.
     *
     * @param score null while not scored
     * @param points weight × (score − min) / (max − min), one decimal; 0 while not scored
     */
    public record CriterionScore(UUID criterionId, @Nullable Integer score, String comment, BigDecimal points) {}

    /**
     * How a candidate meets the check items of a section.
     *
     * @param applicable the items that apply less those answered "not applicable"
     * @param met the items answered "meets"
     * @param share met of applicable in percent, whole; null when nothing applies
     */
    public record SectionConformance(
            Section section,
            int met,
            int applicable,
            int answered,
            int total,
            int gaps,
            @Nullable Integer share) {}

    /** A gap on a check item of weight 5. */
    public record BlockingGap(String itemId, Section section, AnswerStatus status) {}

    /**
     * Costs in yen.
     *
     * @param initial null while not entered (a candidate)
     * @param monthly null while not entered (a candidate)
     * @param annual the yearly cost in-house; null for a candidate
     */
    public record Costs(
            @Nullable Long initial,
            @Nullable Long monthly,
            @Nullable Long annual,
            @Nullable Long total3Years,
            @Nullable Long total5Years) {

        static Costs none() {
            return new Costs(null, null, null, null, null);
        }

        public boolean entered() {
            return total3Years != null;
        }
    }

    /** The column's fit with a KPI; {@code fit} null while not rated. */
    public record KpiFit(UUID kpiId, @Nullable KpiFitRating fit, String comment) {}

    /**
     * The in-house baseline: the assets in scope with their controls, yearly cost and service level.
     *
     * @param assetsWithoutCost names of the assets whose yearly cost is not known (counted as 0)
     */
    public record InHouseBasis(List<Asset> assets, long annualCost, List<String> assetsWithoutCost) {

        public InHouseBasis {
            assets = List.copyOf(assets);
            assetsWithoutCost = List.copyOf(assetsWithoutCost);
        }

        /** One asset in scope as it is kept today. */
        public record Asset(
                UUID assetId,
                String name,
                @Nullable String controls,
                @Nullable Long annualCost,
                @Nullable String serviceLevel) {}
    }
}
