package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An initiative as lists show it.
 *
 * @param createdBy who started it, as the actor of the change ("name &lt;e-mail&gt;")
 */
public record InitiativeRow(
        UUID id,
        String title,
        UUID businessOwnerId,
        String businessOwnerName,
        InitiativePhase phase,
        @Nullable Branch branch,
        int year,
        Set<Section> sections,
        int overdueInstructions,
        String createdBy,
        Instant updatedAt) {

    public InitiativeRow {
        sections = Set.copyOf(sections);
    }

    InitiativeRow withOwnerAndOverdue(String ownerName, int overdue) {
        return new InitiativeRow(
                id, title, businessOwnerId, ownerName, phase, branch, year, sections, overdue, createdBy, updatedAt);
    }
}
