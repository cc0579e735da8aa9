package io.mekiki.shared;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The current names of an organisation's people by user id, for modules that keep who did something by
 * id and show the name as it reads now, without depending on the identity module (which implements it).
 * A record keeps the name as written at the time beside the id, for a person no user matches.
 */
public interface PeopleDirectory {

    /** The names of these users of the organisation, active or not; ids it does not know are left out. */
    Map<UUID, String> names(UUID organizationId, Collection<UUID> userIds);

    /** The current name of one user, or the name as written when the id is null or unknown. */
    default String nameOf(UUID organizationId, @Nullable UUID userId, String asWritten) {
        if (userId == null) {
            return asWritten;
        }
        return names(organizationId, java.util.List.of(userId)).getOrDefault(userId, asWritten);
    }
}
