package io.mekiki.provider;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider as stored.
 *
 * @param version the stored version; a revision must name it, so that nobody overwrites a change they have not seen
 */
public record Provider(UUID id, ProviderDetails details, Instant createdAt, Instant updatedAt, long version) {

    public String legalName() {
        return details.legalName();
    }
}
