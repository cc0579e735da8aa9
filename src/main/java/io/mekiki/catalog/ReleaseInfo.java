package io.mekiki.catalog;

import io.mekiki.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a user sees of a release in lists.
 *
 * @param bundled whether the release ships with Mekiki (otherwise an administrator uploaded it)
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
        boolean active,
        int scopingRules) {}
