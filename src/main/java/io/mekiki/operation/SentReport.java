package io.mekiki.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A report an incident's reporting rules asked for, marked as sent: when, under which reference, by whom. */
public record SentReport(
        String ruleId,
        String reportId,
        LocalDate sentOn,
        String reference,
        @Nullable UUID recordedById,
        String recordedBy,
        Instant recordedAt) {}
