package io.mekiki.operation;

import io.mekiki.decision.DecisionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a contingency's timeline, as it was recorded; it never changes.
 *
 * @param number its place on the timeline, from 1
 * @param at when it happened (given by its author, or when it was recorded)
 * @param initiativeId the affected initiative a status update is about, or null for the whole contingency
 * @param corrects the entry it corrects, or null; {@code correctsNumber} is that entry's number
 * @param decisionTopic the topic of the decisions asked for with a decision entry (e.g. {@code
 *     CONTINGENCY_3F2A91C0}), or null
 * @param decisions those decisions, one per initiative, with their outcome as it stands now
 */
public record ContingencyEntry(
        UUID id,
        int number,
        ContingencyEntryKind kind,
        Instant at,
        Instant recordedAt,
        UUID authorId,
        String authorName,
        String text,
        @Nullable String authority,
        @Nullable String reference,
        @Nullable UUID initiativeId,
        @Nullable UUID corrects,
        @Nullable Integer correctsNumber,
        @Nullable String decisionTopic,
        List<RequestedDecision> decisions) {

    public ContingencyEntry {
        decisions = List.copyOf(decisions);
    }

    /**
     * An executive decision asked for on an affected initiative by a decision entry.
     *
     * @param state REQUESTED while waiting, else DECIDED with the {@code outcome}
     */
    public record RequestedDecision(
            UUID decisionId,
            UUID initiativeId,
            String initiativeTitle,
            String state,
            @Nullable DecisionOutcome outcome,
            @Nullable String decidedByName,
            @Nullable Instant decidedAt,
            boolean stale) {}
}
