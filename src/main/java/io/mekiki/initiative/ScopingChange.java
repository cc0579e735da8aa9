package io.mekiki.initiative;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an initiative's scoping history: the scoping was computed again because the plan
 * changed, and this is what changed in it.
 *
 * @param planChanges the fields of the plan that changed, e.g. {@code assetIds}, {@code dataLocations};
 *     empty for the first computation
 * @param first true for the scoping computed when the initiative was created
 */
public record ScopingChange(
        UUID id,
        Instant changedAt,
        String changedBy,
        List<String> planChanges,
        boolean first,
        ScopingDiff diff,
        @Nullable UUID changedById) {

    public ScopingChange {
        planChanges = List.copyOf(planChanges);
    }

    /** The same change with the name of who made it as it reads now. */
    public ScopingChange naming(String currentName) {
        return new ScopingChange(id, changedAt, currentName, planChanges, first, diff, changedById);
    }
}
