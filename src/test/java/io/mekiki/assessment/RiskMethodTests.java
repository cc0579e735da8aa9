package io.mekiki.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.assessment.RiskMethod.Exposure;
import io.mekiki.assessment.RiskMethod.Rating;
import io.mekiki.assessment.RiskMethod.Treatment;
import io.mekiki.assets.AssetSummary;
import io.mekiki.assets.Level;
import io.mekiki.catalog.CloudRisk;
import io.mekiki.shared.AssetCategory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The risk view's method (ADR 030), worked by hand. */
class RiskMethodTests {

    @Test
    void impactIsTheHighestAssetsValuePlusHowLittleItToleratesAtMostFive() {
        assertThat(RiskMethod.impact(Level.HIGH, Level.LOW)).isEqualTo(5);
        assertThat(RiskMethod.impact(Level.HIGH, Level.MEDIUM)).isEqualTo(4);
        assertThat(RiskMethod.impact(Level.MEDIUM, Level.MEDIUM)).isEqualTo(3);
        assertThat(RiskMethod.impact(Level.LOW, Level.HIGH)).isEqualTo(1);
        assertThat(RiskMethod.impact(
                        List.of(asset(Level.LOW, Level.HIGH, false), asset(Level.MEDIUM, Level.LOW, false))))
                .isEqualTo(4);
        assertThat(RiskMethod.impact(List.of(asset(Level.HIGH, Level.LOW, true))))
                .as("archived assets are left out")
                .isEqualTo(RiskMethod.UNKNOWN_IMPACT);
        assertThat(RiskMethod.impact(List.of())).isEqualTo(3);
    }

    @Test
    void likelihoodIsOnePlusFourTimesTheWeightedGapsShare() {
        // weights 5 + 3 + 2 = 10; gaps 5 (does not meet) + 1.5 (partly) + 0 (meets) = 6.5 → 1 + round(2.6) = 4
        Rating rating = RiskMethod.rate(
                CloudRisk.LOCK_IN,
                4,
                List.of(
                        new Exposure(5, AnswerStatus.DOES_NOT_MEET, Treatment.NONE),
                        new Exposure(3, AnswerStatus.PARTLY, Treatment.NONE),
                        new Exposure(2, AnswerStatus.MEETS, Treatment.NONE),
                        new Exposure(4, AnswerStatus.NOT_APPLICABLE, Treatment.NONE)));
        assertThat(rating.items()).as("not applicable is left out").isEqualTo(3);
        assertThat(rating.likelihood()).isEqualTo(4);
        assertThat(rating.residualLikelihood()).isEqualTo(4);
        assertThat(rating.inherent()).isEqualTo(16);
        assertThat(rating.residual()).isEqualTo(16);
        assertThat(Rating.band(rating.inherent())).isEqualTo("CRITICAL");
    }

    @Test
    void unansweredAndUnknownCountAsFullGapsAndNoItemIsTheLowestLikelihood() {
        assertThat(RiskMethod.rate(
                                CloudRisk.SUBCONTRACTING,
                                2,
                                List.of(
                                        new Exposure(1, null, Treatment.NONE),
                                        new Exposure(3, AnswerStatus.UNKNOWN, Treatment.NONE)))
                        .likelihood())
                .isEqualTo(5);
        Rating none = RiskMethod.rate(CloudRisk.OVERSEAS_DATA, 5, List.of());
        assertThat(none.items()).isZero();
        assertThat(none.likelihood()).isEqualTo(1);
        assertThat(none.inherent()).isEqualTo(5);
        Rating allMet = RiskMethod.rate(
                CloudRisk.OVERSEAS_DATA, 5, List.of(new Exposure(5, AnswerStatus.MEETS, Treatment.NONE)));
        assertThat(allMet.likelihood()).isEqualTo(1);
    }

    @Test
    void aDoneMitigationHalvesTheGapAndAnApprovedAcceptanceTakesItOutOfTheResidual() {
        List<Exposure> mitigated = List.of(
                new Exposure(5, AnswerStatus.DOES_NOT_MEET, Treatment.MITIGATED),
                new Exposure(5, AnswerStatus.MEETS, Treatment.NONE));
        Rating half = RiskMethod.rate(CloudRisk.GOVERNANCE_LOSS, 3, mitigated);
        // inherent: 5 / 10 → 1 + 2 = 3; residual: 2.5 / 10 → 1 + round(1.0) = 2
        assertThat(half.likelihood()).isEqualTo(3);
        assertThat(half.residualLikelihood()).isEqualTo(2);
        assertThat(half.residual()).isEqualTo(6);

        Rating accepted = RiskMethod.rate(
                CloudRisk.GOVERNANCE_LOSS,
                3,
                List.of(
                        new Exposure(5, AnswerStatus.DOES_NOT_MEET, Treatment.ACCEPTED),
                        new Exposure(5, AnswerStatus.MEETS, Treatment.NONE)));
        assertThat(accepted.likelihood()).isEqualTo(3);
        assertThat(accepted.residualLikelihood()).isEqualTo(1);
        assertThat(RiskMethod.residualScore(List.of(half, accepted))).isEqualTo(6 + 3);
    }

    private static AssetSummary asset(Level value, Level tolerance, boolean archived) {
        return new AssetSummary(
                UUID.randomUUID(), "asset", Set.of(AssetCategory.PERSONAL_DATA), value, tolerance, archived);
    }
}
