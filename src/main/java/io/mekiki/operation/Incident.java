package io.mekiki.operation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An incident of an initiative in operation, as recorded.
 *
 * @param number the organisation's running number, shown as {@code IN-<number>}
 * @param rulesId the reporting rules its clocks are computed with (those of the catalogue release the
 *     organisation worked with when it was recorded)
 * @param recordedBy the recorder's current name (or as written when no user matches)
 */
public record Incident(
        UUID id,
        UUID organizationId,
        UUID initiativeId,
        @Nullable UUID contractId,
        int number,
        IncidentType type,
        IncidentSeverity severity,
        String title,
        Instant startedAt,
        @Nullable Instant endedAt,
        Instant awareAt,
        String impact,
        List<UUID> affectedAssetIds,
        String handlingNotes,
        Set<IncidentFact> facts,
        @Nullable Integer affectedPersons,
        IncidentStatus status,
        @Nullable String closingSummary,
        @Nullable Instant closedAt,
        String rulesId,
        @Nullable UUID recordedById,
        String recordedBy,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<SentReport> sentReports) {

    public Incident {
        affectedAssetIds = List.copyOf(affectedAssetIds);
        facts = Set.copyOf(facts);
        sentReports = List.copyOf(sentReports);
    }

    public String code() {
        return "IN-" + number;
    }

    public boolean open() {
        return status == IncidentStatus.OPEN;
    }

    public boolean has(IncidentFact fact) {
        return facts.contains(fact);
    }
}
