package io.mekiki.provider;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An exception (deviation) the auditor noted in an attestation report, with our response to it.
 *
 * @param control the control the exception concerns, as the report names it
 * @param description what the auditor found
 * @param response what we make of it (compensating measure, acceptance, follow-up), if decided
 */
public record ReportException(
        UUID id,
        UUID attestationId,
        String control,
        String description,
        @Nullable String response) {}
