package io.mekiki.operation;

import org.jspecify.annotations.Nullable;

/** The review an executive closes a contingency with: each part is required. */
public record ContingencyReview(
        @Nullable String worked,
        @Nullable String notWorked,
        @Nullable String actions) {}
