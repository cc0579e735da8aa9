package io.mekiki.profile;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether an internal policy is in force, and when it was last reviewed.
 *
 * @param lastReviewedOn the date of the last review, or {@code null} when none is recorded
 */
public record PolicyStatus(boolean inForce, @Nullable LocalDate lastReviewedOn) {

    public static PolicyStatus none() {
        return new PolicyStatus(false, null);
    }
}
