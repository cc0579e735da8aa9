package io.mekiki.comparison;

import java.util.List;
import java.util.UUID;

/**
 * One weighted selection criterion of an initiative.
 *
 * @param weight its share of the weighted score, in percent; the weights of a set sum to 100
 * @param scaleMin the lowest score (the worst)
 * @param scaleMax the highest score (the best)
 * @param steps what each score means, from {@code scaleMin} to {@code scaleMax}; empty when not described
 */
public record Criterion(
        UUID id, String name, CriterionGroup group, int weight, int scaleMin, int scaleMax, List<String> steps) {

    public Criterion {
        steps = List.copyOf(steps);
    }

    public boolean inScale(int score) {
        return score >= scaleMin && score <= scaleMax;
    }

    /** The scores of the scale, from the lowest to the highest. */
    public List<Integer> scale() {
        return java.util.stream.IntStream.rangeClosed(scaleMin, scaleMax)
                .boxed()
                .toList();
    }

    /** What the score means, or empty when the step is not described. */
    public String step(int score) {
        int index = score - scaleMin;
        return index >= 0 && index < steps.size() ? steps.get(index) : "";
    }
}
