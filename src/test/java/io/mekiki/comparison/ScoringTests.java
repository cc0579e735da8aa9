package io.mekiki.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weighted score of a column and the cost totals. */
class ScoringTests {

    private static final Criterion SECURITY = criterion(40, 1, 5);
    private static final Criterion COST = criterion(35, 0, 10);
    private static final Criterion TERMS = criterion(25, 1, 3);

    @ParameterizedTest(name = "weight {0}, scale {1}–{2}, score {3}: {4} points")
    @CsvSource({
        // weight, min, max, score, points
        "40, 1, 5, 1, 0.0", //     the lowest score earns nothing
        "40, 1, 5, 5, 40.0", //    the highest earns the whole weight
        "40, 1, 5, 3, 20.0", //    half-way up the scale
        "35, 0, 10, 7, 24.5", //   a 0–10 scale
        "25, 1, 3, 2, 12.5", //    three steps
        "30, 1, 4, 2, 10.0", //    a third of the way up
    })
    void aScoreEarnsTheWeightTimesWhereItStandsOnTheScale(int weight, int min, int max, int score, double points) {
        assertThat(Scoring.round(Scoring.points(criterion(weight, min, max), score)))
                .isEqualByComparingTo(BigDecimal.valueOf(points));
    }

    @Test
    void theWeightedScoreIsTheSumOfThePointsAndCriteriaNotScoredCountNothing() {
        List<Criterion> criteria = List.of(SECURITY, COST, TERMS);
        assertThat(Scoring.weighted(criteria, Map.of(SECURITY.id(), 5, COST.id(), 10, TERMS.id(), 3)))
                .isEqualByComparingTo("100");
        assertThat(Scoring.weighted(criteria, Map.of(SECURITY.id(), 1, COST.id(), 0, TERMS.id(), 1)))
                .isEqualByComparingTo("0");
        // 40·(4−1)/4 + 35·(3−0)/10 + 25·(2−1)/2 = 30 + 10.5 + 12.5
        assertThat(Scoring.weighted(criteria, Map.of(SECURITY.id(), 4, COST.id(), 3, TERMS.id(), 2)))
                .isEqualByComparingTo("53.0");
        assertThat(Scoring.weighted(criteria, Map.of(SECURITY.id(), 4)))
                .as("only the security criterion scored")
                .isEqualByComparingTo("30.0");
        assertThat(Scoring.weighted(criteria, Map.of(UUID.randomUUID(), 5)))
                .as("a score of a criterion not in the set")
                .isEqualByComparingTo("0");
    }

    @Test
    void theWeightedScoreIsRoundedToOneDecimal() {
        Criterion third = criterion(100, 0, 3);
        assertThat(Scoring.weighted(List.of(third), Map.of(third.id(), 1))).isEqualByComparingTo("33.3");
        assertThat(Scoring.weighted(List.of(third), Map.of(third.id(), 2))).isEqualByComparingTo("66.7");
    }

    @Test
    void aCandidatePaysItsInitialCostOnceThenMonthly() {
        Comparison.Costs costs = Scoring.candidate(500_000, 120_000);
        assertThat(costs.initial()).isEqualTo(500_000);
        assertThat(costs.monthly()).isEqualTo(120_000);
        assertThat(costs.annual()).isNull();
        assertThat(costs.total3Years()).isEqualTo(500_000 + 36 * 120_000L);
        assertThat(costs.total5Years()).isEqualTo(500_000 + 60 * 120_000L);
        assertThat(costs.entered()).isTrue();
        assertThat(Comparison.Costs.none().entered()).isFalse();
    }

    @Test
    void inHouseHasNoInitialCostAndWholeYears() {
        Comparison.Costs costs = Scoring.inHouse(1_000_000);
        assertThat(costs.initial()).isZero();
        assertThat(costs.annual()).isEqualTo(1_000_000);
        assertThat(costs.monthly()).as("a twelfth, rounded").isEqualTo(83_333);
        assertThat(costs.total3Years()).as("three years, not 36 rounded months").isEqualTo(3_000_000);
        assertThat(costs.total5Years()).isEqualTo(5_000_000);
        assertThat(Scoring.inHouse(0).total5Years()).isZero();
    }

    private static Criterion criterion(int weight, int min, int max) {
        return new Criterion(
                UUID.randomUUID(), "c" + weight, CriterionGroup.INFORMATION_SECURITY, weight, min, max, List.of());
    }
}
