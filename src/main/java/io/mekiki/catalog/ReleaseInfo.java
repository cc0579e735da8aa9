package io.mekiki.catalog;

import io.mekiki.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a user sees of a release in lists.
 *
 * @param bundled whether the release ships with Mekiki (otherwise an administrator uploaded it)
 * @param loadedBy who loaded it: the user's name as it reads now, or the name as written at the time when no
 *     user matches ({@code Mekiki} for a bundled release)
 * @param loadedById the user who uploaded it; null for a bundled release or one no user could be matched to
 * @param active whether it is the release the organisation currently works with
 * @param scopingRules the rule set of the scoping engine the release is written for
 */
public record ReleaseInfo(
        String id,
        LocalDate publishedOn,
        LocalizedText title,
        boolean bundled,
        int itemCount,
        Instant loadedAt,
        String loadedBy,
        @Nullable UUID loadedById,
        boolean active,
        int scopingRules) {

    /** The same release with who loaded it named as they read now (the written name when no user matches). */
    ReleaseInfo named(Map<UUID, String> names) {
        if (loadedById == null || !names.containsKey(loadedById)) {
            return this;
        }
        return new ReleaseInfo(
                id,
                publishedOn,
                title,
                bundled,
                itemCount,
                loadedAt,
                names.get(loadedById),
                loadedById,
                active,
                scopingRules);
    }
}
