package io.mekiki.contract;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The provider's notice that it ends the contract (ADR 046): the day it was received and the day it takes effect.
 * Once given, the contract cannot be continued: the continuation decision can only end the use.
 *
 * @param recordedAt when it was recorded; null only for rows written before the time was kept
 */
public record TerminationNotice(
        LocalDate receivedOn,
        LocalDate effectiveOn,
        @Nullable Instant recordedAt) {}
