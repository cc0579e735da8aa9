package io.mekiki.initiative;

import io.mekiki.shared.CanonicalJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

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

    /**
     * What a history keeps of the change beside its id, time and people, as canonical JSON: the plan's
     * changes, whether it is the first, and the diff. Every scoping history (initiatives, candidates)
     * stores it so, and reads it back with {@link #fromStored}.
     */
    public String storedJson() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("planChanges", planChanges);
        facts.put("first", first);
        facts.put("diff", diff.facts());
        return CanonicalJson.write(facts);
    }

    /** A change read back from its row: the columns beside {@link #storedJson()}. */
    public static ScopingChange fromStored(
            UUID id, Instant changedAt, String changedBy, @Nullable UUID changedById, String storedJson) {
        JsonNode facts = StoredJson.read(storedJson);
        List<String> planChanges = new ArrayList<>();
        facts.get("planChanges").forEach(field -> planChanges.add(field.asString()));
        return new ScopingChange(
                id,
                changedAt,
                changedBy,
                planChanges,
                facts.get("first").asBoolean(),
                ScopingDiff.of(facts.get("diff")),
                changedById);
    }

    /** The same change with the name of who made it as it reads now. */
    public ScopingChange naming(String currentName) {
        return new ScopingChange(id, changedAt, currentName, planChanges, first, diff, changedById);
    }
}
