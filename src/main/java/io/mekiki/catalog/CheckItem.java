package io.mekiki.catalog;

import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import java.util.List;
import java.util.Set;

/**
 * One thing to check about a planned or running cloud use.
 *
 * @param id stable identifier, never reused for another meaning
 * @param question what the provider or the risk officer answers
 * @param evidence what is expected as proof
 * @param weight importance from 1 (minor) to 5 (critical)
 */
public record CheckItem(
        String id,
        Section section,
        LifeCyclePhase phase,
        LocalizedText title,
        LocalizedText guidance,
        LocalizedText question,
        LocalizedText evidence,
        List<Basis> basis,
        Confidence confidence,
        Applicability appliesWhen,
        Set<CloudRisk> risks,
        int weight) {

    public CheckItem {
        basis = List.copyOf(basis);
        risks = Set.copyOf(risks);
    }

    /**
     * A legal or normative basis of an item.
     *
     * @param referenceId the id of the cited document in the reference library
     * @param article the article, section or clause; null when the whole document is meant
     */
    public record Basis(String referenceId, LocalizedText article) {}
}
