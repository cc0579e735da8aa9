package io.mekiki.assessment;

import io.mekiki.catalog.CloudRisk;
import java.util.Map;
import java.util.UUID;

/**
 * What the comparison shows of a candidate's findings and risks (ADR 030).
 *
 * @param open findings something still has to be done about
 * @param openBlocking of those, the ones on blocking items (the candidate cannot be chosen while any)
 * @param residualScore the sum of the seven residual levels (7–175, lower is better; {@link RiskMethod})
 * @param risks each cloud risk's rating
 */
public record FindingSummary(
        UUID candidateId, int open, int openBlocking, int residualScore, Map<CloudRisk, RiskMethod.Rating> risks) {

    public FindingSummary {
        risks = Map.copyOf(risks);
    }
}
