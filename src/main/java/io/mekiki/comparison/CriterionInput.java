package io.mekiki.comparison;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A criterion as an editor writes it; checked when the set is saved.
 *
 * @param id the criterion's id to keep it (and its scores); null for a new criterion
 * @param group one of {@link CriterionGroup}, by name
 * @param steps what each score means, one per score from {@code scaleMin} to {@code scaleMax}, or none
 */
public record CriterionInput(
        @Nullable UUID id,
        @Nullable String name,
        @Nullable String group,
        @Nullable Integer weight,
        @Nullable Integer scaleMin,
        @Nullable Integer scaleMax,
        @Nullable List<String> steps) {}
