package io.mekiki.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A finding of operation (指摘事項): raised from an SLA breach, an incident or monitoring, with its root cause,
 * countermeasure (是正措置), owner and due date.
 *
 * @param number the organisation's running number, shown as {@code OF-<number>}
 * @param ownerName the owner's current name, null when no owner is set
 * @param decision where the executive decision on its response stands (needed when significant)
 * @param decisionId the newest decision on its topic, if any
 */
public record OperationFinding(
        UUID id,
        UUID organizationId,
        UUID initiativeId,
        @Nullable UUID contractId,
        int number,
        OperationFindingSource source,
        @Nullable UUID incidentId,
        @Nullable UUID metricId,
        @Nullable String metricName,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        String title,
        String description,
        String rootCause,
        String countermeasure,
        @Nullable UUID ownerId,
        @Nullable String ownerName,
        @Nullable LocalDate dueDate,
        OperationFindingStatus status,
        OperationFindingSignificance significance,
        @Nullable UUID raisedById,
        String raisedBy,
        Instant createdAt,
        Instant updatedAt,
        int version,
        OperationFindingDecision decision,
        @Nullable UUID decisionId) {

    /** The topic prefix of the operation gate; a finding's decision topic is this plus its code without dash. */
    public static final String TOPIC_PREFIX = "FINDING_";

    public String code() {
        return "OF-" + number;
    }

    /** The topic of the executive decision on this finding's response, e.g. {@code FINDING_OF12}. */
    public String decisionTopic() {
        return TOPIC_PREFIX + "OF" + number;
    }

    public boolean significant() {
        return significance == OperationFindingSignificance.SIGNIFICANT;
    }

    public boolean open() {
        return status.open();
    }

    /** Overdue when open and its due date is before today (in the organisation's calendar). */
    public boolean overdue(LocalDate today) {
        return open() && status != OperationFindingStatus.DONE && dueDate != null && dueDate.isBefore(today);
    }
}
