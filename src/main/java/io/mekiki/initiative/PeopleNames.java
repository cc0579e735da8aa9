package io.mekiki.initiative;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The names of an organisation's people as they read now, by user id. A record keeps the user's id and,
 * beside it, the name as written at the time; the name shown is the current one, and the written one
 * only for a record whose person could not be matched to a user.
 */
public record PeopleNames(Map<UUID, String> names) {

    public PeopleNames {
        names = Map.copyOf(names);
    }

    /** The current name of the user, or the name as written when the user is unknown. */
    public String of(@Nullable UUID userId, String asWritten) {
        if (userId == null) {
            return asWritten;
        }
        return names.getOrDefault(userId, asWritten);
    }
}
