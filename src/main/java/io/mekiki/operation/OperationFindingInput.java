package io.mekiki.operation;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a person sets on an operation finding (the whole record on every save). On raising, {@code
 * initiativeId} names the initiative (or {@code incidentId} the incident it comes from); afterwards both are
 * ignored.
 */
public record OperationFindingInput(
        @Nullable UUID initiativeId,
        @Nullable UUID incidentId,
        @Nullable String title,
        @Nullable String description,
        @Nullable String rootCause,
        @Nullable String countermeasure,
        @Nullable UUID ownerId,
        @Nullable LocalDate dueDate,
        @Nullable OperationFindingStatus status,
        @Nullable OperationFindingSignificance significance) {}
