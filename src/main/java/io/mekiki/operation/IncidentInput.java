package io.mekiki.operation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a person records about an incident (the whole record on every save).
 *
 * @param contractId the contract of the initiative the incident concerns, when known
 * @param awareAt the moment the organisation became aware; the reporting clocks run from it
 * @param affectedPersons how many persons are concerned (personal data), null while not known
 * @param affectedAssetIds assets of the initiative's scope the incident touches
 */
public record IncidentInput(
        @Nullable UUID initiativeId,
        @Nullable UUID contractId,
        @Nullable IncidentType type,
        @Nullable IncidentSeverity severity,
        @Nullable String title,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable Instant awareAt,
        @Nullable String impact,
        @Nullable List<UUID> affectedAssetIds,
        @Nullable String handlingNotes,
        @Nullable Set<IncidentFact> facts,
        @Nullable Integer affectedPersons) {}
