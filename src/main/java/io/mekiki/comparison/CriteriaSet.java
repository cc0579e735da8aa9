package io.mekiki.comparison;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The weighted selection criteria of an initiative, saved as a whole.
 *
 * @param version 0 while no set was saved; each save adds one
 */
public record CriteriaSet(
        UUID initiativeId,
        long version,
        List<Criterion> criteria,
        @Nullable UUID savedBy,
        @Nullable Instant savedAt) {

    public CriteriaSet {
        criteria = List.copyOf(criteria);
    }

    static CriteriaSet none(UUID initiativeId) {
        return new CriteriaSet(initiativeId, 0, List.of(), null, null);
    }

    /** Whether a set was saved; a saved set always has weights summing to 100. */
    public boolean present() {
        return version > 0 && !criteria.isEmpty();
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(Criterion::weight).sum();
    }
}
