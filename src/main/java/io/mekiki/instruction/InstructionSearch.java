package io.mekiki.instruction;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which instructions of the reader's organisation to list; every given filter must match.
 *
 * @param overdueOnly only those not accepted whose due date has passed
 * @param issuedBy only those this executive issued
 */
public record InstructionSearch(
        @Nullable String subjectType,
        @Nullable UUID subjectId,
        @Nullable UUID assignee,
        @Nullable InstructionStatus status,
        boolean overdueOnly,
        @Nullable UUID issuedBy) {

    public InstructionSearch(
            @Nullable String subjectType,
            @Nullable UUID subjectId,
            @Nullable UUID assignee,
            @Nullable InstructionStatus status,
            boolean overdueOnly) {
        this(subjectType, subjectId, assignee, status, overdueOnly, null);
    }

    public static InstructionSearch everything() {
        return new InstructionSearch(null, null, null, null, false);
    }
}
