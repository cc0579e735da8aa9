package io.mekiki.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An attestation of a provider, with the document attached to it if any. */
public record Attestation(
        UUID id,
        UUID providerId,
        AttestationDetails details,
        @Nullable Document document,
        Instant createdAt) {

    public AttestationValidity validity(LocalDate today) {
        return AttestationValidity.on(today, details.periodEnd());
    }

    /** The stored document's description; its bytes are read only when downloaded. */
    public record Document(String fileName, String mediaType, long size, String sha256) {}
}
