package io.mekiki.assessment;

import io.mekiki.assets.AssetSummary;
import io.mekiki.assets.Level;
import io.mekiki.catalog.CloudRisk;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the risk view rates each of the guide's seven cloud risks for a candidate (ADR 030), on 1–5 scales:
 *
 * <ul>
 *   <li><b>Impact</b> comes from the initiative's information assets in scope: per asset, its value (high 3,
 *       medium 2, low 1) plus how little it tolerates risk (low tolerance +2, medium +1, high +0); the impact
 *       is the highest of the assets, at most 5. Without assets in scope it is 3 (not known: the middle).
 *   <li><b>Likelihood</b> comes from the weighted gaps of the check items behind the risk that apply to the
 *       candidate: each item weighs its catalogue weight (1–5); its gap counts 1 when it does not meet, is
 *       unknown or not answered yet, ½ when it meets partly, 0 when it meets; items answered as not
 *       applicable are left out. Likelihood = 1 + round(4 × weighted gaps ÷ weights), so no gap is 1 and every
 *       item a full gap is 5. A risk with no item behind it is 1.
 *   <li><b>Residual likelihood</b> is the same after treatment: the gap of an item whose finding's
 *       mitigation is done counts half, and that of an item whose finding an executive accepted (approved,
 *       current decision) counts nothing: the organisation bears it by decision, and the view says so.
 *   <li><b>Level</b> = likelihood × impact (1–25); a candidate's single figure is the sum of the seven
 *       residual levels (7–175, lower is better).
 * </ul>
 */
public final class RiskMethod {

    /** The impact when no asset is in scope. */
    public static final int UNKNOWN_IMPACT = 3;

    private RiskMethod() {}

    /** The impact (1–5) of the assets in scope; archived assets are left out. */
    public static int impact(Collection<AssetSummary> assets) {
        return assets.stream()
                .filter(asset -> !asset.archived())
                .mapToInt(asset -> impact(asset.assetValue(), asset.riskTolerance()))
                .max()
                .orElse(UNKNOWN_IMPACT);
    }

    /** The impact of one asset: its value plus how little risk it tolerates, 1–5. */
    public static int impact(Level value, Level tolerance) {
        int byValue = switch (value) {
            case HIGH -> 3;
            case MEDIUM -> 2;
            case LOW -> 1;
        };
        int byTolerance = switch (tolerance) {
            case LOW -> 2;
            case MEDIUM -> 1;
            case HIGH -> 0;
        };
        return Math.min(5, byValue + byTolerance);
    }

    /** The rating of one risk from the items behind it. */
    public static Rating rate(CloudRisk risk, int impact, List<Exposure> items) {
        double weights = 0;
        double gaps = 0;
        double residualGaps = 0;
        int counted = 0;
        for (Exposure item : items) {
            if (item.status() == AnswerStatus.NOT_APPLICABLE) {
                continue;
            }
            counted++;
            double gap = gap(item.status());
            weights += item.weight();
            gaps += item.weight() * gap;
            residualGaps += item.weight() * gap * item.treatment().remaining();
        }
        return new Rating(risk, counted, likelihood(gaps, weights), likelihood(residualGaps, weights), impact);
    }

    /** How much of an item's weight is a gap: 1 not met, unknown or unanswered; ½ partly; 0 met. */
    static double gap(@Nullable AnswerStatus status) {
        if (status == null) {
            return 1;
        }
        return switch (status) {
            case MEETS, NOT_APPLICABLE -> 0;
            case PARTLY -> 0.5;
            case DOES_NOT_MEET, UNKNOWN -> 1;
        };
    }

    static int likelihood(double gaps, double weights) {
        if (weights <= 0) {
            return 1;
        }
        return 1 + (int) Math.round(4 * gaps / weights);
    }

    /** The candidate's single figure: the sum of the residual levels of the risks given. */
    public static int residualScore(Collection<Rating> ratings) {
        return ratings.stream().mapToInt(Rating::residual).sum();
    }

    /** An item behind a risk: its weight, its answer's status (null: not answered) and its treatment. */
    public record Exposure(int weight, @Nullable AnswerStatus status, Treatment treatment) {}

    /** What was done about an item's gap through its finding. */
    public enum Treatment {
        NONE(1),
        MITIGATED(0.5),
        ACCEPTED(0);

        private final double remaining;

        Treatment(double remaining) {
            this.remaining = remaining;
        }

        /** The part of the gap that remains after the treatment. */
        public double remaining() {
            return remaining;
        }

        public String messageKey() {
            return "risk.treatment." + name();
        }
    }

    /**
     * A risk rated: the items counted (not applicable left out), likelihood before and after treatment, and
     * impact, each 1–5.
     */
    public record Rating(CloudRisk risk, int items, int likelihood, int residualLikelihood, int impact) {

        public int inherent() {
            return likelihood * impact;
        }

        public int residual() {
            return residualLikelihood * impact;
        }

        public String inherentBand() {
            return band(inherent());
        }

        public String residualBand() {
            return band(residual());
        }

        /** The band of a level (1–25), for colours and words: LOW ≤ 4, MEDIUM ≤ 9, HIGH ≤ 14, else CRITICAL. */
        public static String band(int level) {
            if (level <= 4) {
                return "LOW";
            }
            if (level <= 9) {
                return "MEDIUM";
            }
            return level <= 14 ? "HIGH" : "CRITICAL";
        }
    }
}
