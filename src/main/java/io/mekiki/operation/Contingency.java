package io.mekiki.operation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contingency (不測事態) as pages and the API read it: what happened, since when, who commands, the
 * initiatives affected, the timeline oldest first and, once closed, the review.
 */
public record Contingency(
        UUID id,
        ContingencyKind kind,
        String title,
        String description,
        Instant beganAt,
        UUID commanderId,
        String commanderName,
        List<AffectedInitiative> initiatives,
        UUID openedById,
        String openedByName,
        Instant openedAt,
        ContingencyStatus status,
        @Nullable Instant closedAt,
        @Nullable String closedByName,
        @Nullable Review review,
        List<ContingencyEntry> entries) {

    public Contingency {
        initiatives = List.copyOf(initiatives);
        entries = List.copyOf(entries);
    }

    public boolean open() {
        return status == ContingencyStatus.OPEN;
    }

    /**
     * An initiative the contingency affects.
     *
     * @param title its title as it reads now (as written when the contingency was opened, should it be gone)
     * @param ownerId its business owner, who may add status updates on it
     */
    public record AffectedInitiative(
            UUID id, String title, @Nullable UUID ownerId) {}

    /** What the closing executive recorded: what worked, what did not, and the actions that follow. */
    public record Review(String worked, String notWorked, String actions) {}
}
