package io.mekiki.operation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contingency as lists and the banner of open ones show it. */
public record ContingencySummary(
        UUID id,
        ContingencyKind kind,
        String title,
        Instant beganAt,
        String commanderName,
        List<String> initiatives,
        ContingencyStatus status,
        @Nullable Instant closedAt,
        int entries) {

    public ContingencySummary {
        initiatives = List.copyOf(initiatives);
    }
}
