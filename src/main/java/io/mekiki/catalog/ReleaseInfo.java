package io.mekiki.catalog;

import io.mekiki.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a user sees of a release in lists.
 *
 * @param bundled whether the release ships with Mekiki (otherwise an administrator uploaded it)
 * @param active whether it is the release the organisation currently works with
 */
public record ReleaseInfo(
        String id,
        LocalDate publishedOn,
        LocalizedText title,
        boolean bundled,
        int itemCount,
        Instant loadedAt,
        String loadedBy,
        boolean active) {}
