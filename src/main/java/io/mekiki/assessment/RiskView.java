package io.mekiki.assessment;

import io.mekiki.assets.Level;
import io.mekiki.catalog.CloudRisk;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's risk view (ADR 030): for each of the guide's seven cloud risks, the applicable items behind it
 * with their answers, the findings behind it, and its rating before and after treatment.
 *
 * @param impact the impact of the initiative's assets in scope (1–5), the same for every risk
 * @param assets the assets the impact comes from
 */
public record RiskView(
        UUID candidateId,
        UUID initiativeId,
        String serviceName,
        String release,
        int impact,
        List<AssetImpact> assets,
        List<Risk> risks) {

    public RiskView {
        assets = List.copyOf(assets);
        risks = List.copyOf(risks);
    }

    public int inherentScore() {
        return risks.stream().mapToInt(risk -> risk.rating().inherent()).sum();
    }

    public int residualScore() {
        return RiskMethod.residualScore(risks.stream().map(Risk::rating).toList());
    }

    /** An asset in scope with the impact it gives. */
    public record AssetImpact(String name, Level value, Level tolerance, int impact) {}

    /** One cloud risk: its rating, the applicable items behind it and the findings behind it. */
    public record Risk(RiskMethod.Rating rating, List<Item> items, List<Finding> findings) {

        public Risk {
            items = List.copyOf(items);
            findings = List.copyOf(findings);
        }

        public CloudRisk risk() {
            return rating.risk();
        }
    }

    /** An applicable item behind a risk: its weight, its answer's status (null: not answered) and treatment. */
    public record Item(String itemId, int weight, @Nullable AnswerStatus status, RiskMethod.Treatment treatment) {}
}
