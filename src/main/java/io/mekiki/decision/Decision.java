package io.mekiki.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A decision as other modules and the pages read it.
 *
 * @param basisHash SHA-256 of the canonical basis frozen with the decision
 * @param stale whether the basis has changed materially since the decision was made
 * @param conditions follow-up items of an approval with conditions
 */
public record Decision(
        UUID id,
        UUID organizationId,
        Subject subject,
        String topic,
        String title,
        String proposal,
        List<String> options,
        List<EvidenceLink> evidence,
        UUID requestedBy,
        String requestedByName,
        Instant requestedAt,
        DecisionStatus status,
        @Nullable DecisionOutcome outcome,
        @Nullable String rationale,
        List<Condition> conditions,
        @Nullable UUID decidedBy,
        @Nullable String decidedByName,
        @Nullable Instant decidedAt,
        String basisJson,
        String basisHash,
        boolean stale,
        @Nullable Instant staleSince) {

    public boolean approved() {
        return status == DecisionStatus.DECIDED && outcome != null && outcome.approves();
    }

    /**
     * The same decision with its basis standing only by its hash ({@link #basisHash}), e.g. as part of the
     * key of a kept rendering (ADR 019): equal exactly when the decisions are, and far cheaper to compare
     * than the basis itself.
     */
    public Decision byBasisHash() {
        return basisJson.isEmpty() ? this : with(options, evidence, conditions, "");
    }

    /** The same decision with these options, evidence and conditions, e.g. read from their own tables. */
    Decision withParts(List<String> options, List<EvidenceLink> evidence, List<Condition> conditions) {
        return with(options, evidence, conditions, basisJson);
    }

    private Decision with(
            List<String> options, List<EvidenceLink> evidence, List<Condition> conditions, String basisJson) {
        return new Decision(
                id,
                organizationId,
                subject,
                topic,
                title,
                proposal,
                options,
                evidence,
                requestedBy,
                requestedByName,
                requestedAt,
                status,
                outcome,
                rationale,
                conditions,
                decidedBy,
                decidedByName,
                decidedAt,
                basisJson,
                basisHash,
                stale,
                staleSince);
    }

    /**
     * A follow-up item of an approval with conditions.
     *
     * @param doneByName who marked it done, as their name was then
     */
    public record Condition(
            UUID id,
            String text,
            boolean done,
            @Nullable String doneByName,
            @Nullable Instant doneAt) {}
}
