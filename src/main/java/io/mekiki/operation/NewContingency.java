package io.mekiki.operation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an executive gives to open a contingency, as typed (pages and API alike); {@link Contingencies#open}
 * checks each field and names it when refusing.
 *
 * @param beganAt ISO-8601: an instant with its offset ({@code 2026-12-03T01:30:00Z}), or a date and time in the
 *     organisation's zone ({@code 2026-12-03T10:30})
 * @param commanderId an active executive of the organisation; the opener when left out
 * @param initiativeIds one or more initiatives of the organisation that are not closed
 */
public record NewContingency(
        @Nullable String kind,
        @Nullable String title,
        @Nullable String description,
        @Nullable String beganAt,
        @Nullable String commanderId,
        @Nullable List<String> initiativeIds) {}
