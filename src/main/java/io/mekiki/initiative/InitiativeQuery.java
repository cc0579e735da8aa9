package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which initiatives a list shows; every criterion is optional.
 *
 * @param overdue only initiatives with an instruction past its due date
 */
public record InitiativeQuery(
        @Nullable InitiativePhase phase,
        @Nullable UUID businessOwnerId,
        @Nullable Section section,
        boolean overdue) {

    public static InitiativeQuery all() {
        return new InitiativeQuery(null, null, null, false);
    }
}
