package io.mekiki.provider;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bridge letter (gap letter) of a report: the provider's statement that nothing changed in its controls from
 * the end of the report's period until {@code coversUntil}.
 *
 * @param coversFrom the day after the end of the report's period
 * @param issuedOn the date of the letter, if recorded
 */
public record BridgeLetter(
        UUID id,
        UUID attestationId,
        LocalDate coversFrom,
        LocalDate coversUntil,
        @Nullable LocalDate issuedOn) {}
