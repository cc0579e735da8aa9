package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An initiative as lists show it.
 *
 * @param createdBy who started it, as written then ("name &lt;e-mail&gt;"); for display only
 * @param createdById the user who started it; null when they could not be matched to a user
 * @param yearStartedAt when the current year of operation began, null before the first
 * @param progress how far it has come through the gates of its current phase
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
        @Nullable UUID createdById,
        Instant updatedAt,
        @Nullable Instant yearStartedAt,
        GateProgress progress) {

    public InitiativeRow {
        sections = Set.copyOf(sections);
    }

    boolean tradeSecretApplies() {
        return sections.contains(Section.TRADE_SECRET);
    }

    InitiativeRow completed(String ownerName, int overdue, GateProgress gateProgress) {
        return new InitiativeRow(
                id,
                title,
                businessOwnerId,
                ownerName,
                phase,
                branch,
                year,
                sections,
                overdue,
                createdBy,
                createdById,
                updatedAt,
                yearStartedAt,
                gateProgress);
    }
}
