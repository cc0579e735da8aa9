package io.mekiki.provider;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An attestation that has ended or ends soon, with no renewal recorded.
 *
 * @param periodEnd the last day it covers: the end of its period, or of its last bridge letter
 */
public record AttestationDue(
        UUID attestationId,
        UUID providerId,
        String providerName,
        AttestationKind kind,
        @Nullable String title,
        LocalDate periodEnd) {

    public AttestationValidity validity(LocalDate today) {
        return AttestationValidity.on(today, periodEnd);
    }
}
