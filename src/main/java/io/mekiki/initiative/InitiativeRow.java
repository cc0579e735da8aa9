package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An initiative as lists show it. */
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
        Instant updatedAt) {

    public InitiativeRow {
        sections = Set.copyOf(sections);
    }

    InitiativeRow withOwnerAndOverdue(String ownerName, int overdue) {
        return new InitiativeRow(
                id, title, businessOwnerId, ownerName, phase, branch, year, sections, overdue, updatedAt);
    }
}
