package io.mekiki.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The arithmetic of the comparison: a criterion's points are its weight times where the score stands on its
 * scale ((score − min) / (max − min)); the weighted score is the sum of the points, 0–100. A criterion not
 * scored gives no points. Costs in yen: a candidate's totals are its initial cost plus 36 or 60 months; in-house
 * there is no initial cost and the totals are 3 or 5 years of the yearly cost.
 */
final class Scoring {

    private Scoring() {}

    /** The points the score earns on the criterion, unrounded. */
    static double points(Criterion criterion, int score) {
        return criterion.weight()
                * (double) (score - criterion.scaleMin())
                / (criterion.scaleMax() - criterion.scaleMin());
    }

    /** The weighted score of a column, 0–100 with one decimal; criteria without a score count nothing. */
    static BigDecimal weighted(List<Criterion> criteria, Map<UUID, Integer> scores) {
        double sum = 0;
        for (Criterion criterion : criteria) {
            Integer score = scores.get(criterion.id());
            if (score != null) {
                sum += points(criterion, score);
            }
        }
        return round(sum);
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** A candidate's costs: the initial cost once, then the monthly cost for 36 and 60 months. */
    static Comparison.Costs candidate(long initial, long monthly) {
        return new Comparison.Costs(
                initial,
                monthly,
                null,
                Math.addExact(initial, Math.multiplyExact(monthly, 36)),
                Math.addExact(initial, Math.multiplyExact(monthly, 60)));
    }

    /** In-house: no initial cost, a twelfth of the yearly cost a month (rounded), 3 and 5 whole years. */
    static Comparison.Costs inHouse(long annual) {
        return new Comparison.Costs(
                0L,
                BigDecimal.valueOf(annual)
                        .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                        .longValueExact(),
                annual,
                Math.multiplyExact(annual, 3),
                Math.multiplyExact(annual, 5));
    }
}
