package io.mekiki.initiative;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An initiative's scoping was computed again because something it rests on changed outside the
 * initiative: the categories of one of its assets ({@code assetId}), the organisation's profile
 * ({@code profileFields}, the profile's fields that changed) or the organisation's catalogue release
 * ({@code catalogRelease}: {@code before} and {@code after}). {@code scoping} summarises what changed.
 */
public record InitiativeRescoped(
        UUID organizationId,
        Actor actor,
        UUID initiativeId,
        Map<String, ?> scoping,
        @Nullable UUID assetId,
        List<String> profileFields,
        @Nullable Map<String, String> catalogRelease)
        implements InitiativeChange {

    public InitiativeRescoped {
        profileFields = List.copyOf(profileFields);
    }

    /** Whether the organisation switched its catalogue release. */
    public boolean becauseOfRelease() {
        return catalogRelease != null;
    }

    /** Whether the organisation's profile changed, rather than an asset. */
    public boolean becauseOfProfile() {
        return !profileFields.isEmpty();
    }

    @Override
    public String action() {
        return "initiative.scoping.recomputed";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> facts = new LinkedHashMap<>(scoping);
        if (assetId != null) {
            facts.put("asset", assetId.toString());
        }
        if (!profileFields.isEmpty()) {
            facts.put("profile", profileFields);
        }
        if (catalogRelease != null) {
            facts.put("catalogRelease", catalogRelease);
        }
        return facts;
    }
}
