package io.mekiki.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A finding (指摘事項) of a candidate's assessment: a gap on a check item, raised automatically on a blocking
 * item or by hand, with what is done about it (ADR 030).
 *
 * @param blocking whether the item is blocking (weight 5): an open blocking finding stops the candidate
 *     from being chosen and the selection gates
 * @param gapStatus the answer's status while the finding is not resolved (the last gap)
 * @param resolvedStatus the answer that resolved it (MEETS or NOT_APPLICABLE)
 * @param acceptance the newest executive decision requested on the finding since its disposition was set
 * @param candidateOpen whether the candidate is still open (a withdrawn candidate's findings are excluded)
 */
public record Finding(
        UUID id,
        UUID candidateId,
        UUID initiativeId,
        String itemId,
        FindingOrigin origin,
        boolean blocking,
        AnswerStatus gapStatus,
        String note,
        Instant raisedAt,
        @Nullable UUID raisedBy,
        @Nullable Instant resolvedAt,
        @Nullable AnswerStatus resolvedStatus,
        @Nullable FindingDisposition disposition,
        @Nullable String rationale,
        @Nullable Mitigation mitigation,
        @Nullable Instant disposedAt,
        @Nullable UUID disposedBy,
        @Nullable Acceptance acceptance,
        boolean candidateOpen,
        long version) {

    public FindingStanding standing() {
        if (resolvedAt != null) {
            return FindingStanding.RESOLVED;
        }
        if (!candidateOpen || disposition == FindingDisposition.EXCLUDE) {
            return FindingStanding.EXCLUDED;
        }
        if (disposition == FindingDisposition.MITIGATE) {
            return mitigation != null && mitigation.done()
                    ? FindingStanding.MITIGATED
                    : FindingStanding.MITIGATION_PLANNED;
        }
        if (disposition == FindingDisposition.ACCEPT) {
            return acceptance != null && acceptance.state() == AcceptanceState.APPROVED
                    ? FindingStanding.ACCEPTED
                    : FindingStanding.ACCEPTANCE_PENDING;
        }
        return FindingStanding.OPEN;
    }

    /** Whether something still has to be done about it. */
    public boolean open() {
        return standing().open();
    }

    /** Open and on a blocking item: stands in the way of choosing the candidate. */
    public boolean openBlocking() {
        return blocking && open();
    }

    /** The same finding read with the decision on it and its candidate's state. */
    public Finding with(@Nullable Acceptance acceptance, boolean candidateOpen) {
        return new Finding(
                id,
                candidateId,
                initiativeId,
                itemId,
                origin,
                blocking,
                gapStatus,
                note,
                raisedAt,
                raisedBy,
                resolvedAt,
                resolvedStatus,
                disposition,
                rationale,
                mitigation,
                disposedAt,
                disposedBy,
                acceptance,
                candidateOpen,
                version);
    }

    /** A mitigation: the action, who owns it, by when; done with a note. */
    public record Mitigation(
            String action,
            UUID owner,
            LocalDate due,
            @Nullable Instant doneAt,
            @Nullable UUID doneBy,
            @Nullable String note) {

        public boolean done() {
            return doneAt != null;
        }
    }

    /** The executive decision on accepting the finding, as it stands. */
    public record Acceptance(UUID decisionId, AcceptanceState state) {}

    /** Where the decision on accepting a finding stands; only APPROVED (and not stale) accepts it. */
    public enum AcceptanceState {
        REQUESTED,
        APPROVED,
        STALE,
        REJECTED,
        RETURNED;

        public String messageKey() {
            return "finding.acceptance." + name();
        }
    }
}
