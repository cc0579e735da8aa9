package io.mekiki.provider;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notice due today that an attestation ends in {@code daysBefore} days (its period, or the last bridge letter
 * carrying it, ends on {@code endsOn}), at one of the offsets the organisation set. None is due after the end.
 */
public record AttestationNotice(
        UUID organizationId,
        UUID attestationId,
        UUID providerId,
        String providerName,
        AttestationKind kind,
        @Nullable String title,
        LocalDate endsOn,
        int daysBefore) {}
