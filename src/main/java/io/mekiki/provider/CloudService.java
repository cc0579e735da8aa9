package io.mekiki.provider;

import java.time.Instant;
import java.util.UUID;

/**
 * A service as stored, with its provider's name.
 *
 * @param version the stored version; a revision must name it
 */
public record CloudService(
        UUID id, ServiceDetails details, String providerName, Instant createdAt, Instant updatedAt, long version) {

    public UUID providerId() {
        return details.providerId();
    }

    public String name() {
        return details.name();
    }
}
