package io.mekiki.decision;

import io.mekiki.instruction.Upload;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.SignedInUser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Requests, decisions and their staleness. Every change writes to the audit ledger. Refusals are
 * {@link io.mekiki.shared.RuleViolationException}s (acting out of role is an AccessDeniedException).
 */
public interface Decisions {

    /** RISK_OFFICER or BUSINESS_OWNER asks for a decision; refused while one on the same subject and topic is open. */
    default Decision request(SignedInUser requester, NewDecision request) {
        return request(requester, request, List.of());
    }

    /**
     * As above, with files uploaded as evidence. Each file passes the rules of report attachments (size,
     * type detected from the content, no disguised archives or macros) before anything is stored; a bad
     * one refuses the whole request (400 naming {@code evidenceFiles}). The request, the ledger and later
     * the decision record each file's SHA-256.
     */
    Decision request(SignedInUser requester, NewDecision request, List<Upload> files);

    /**
     * The requester adds an uploaded file to the evidence of their open request (same rules, field
     * {@code file}; 409 once decided). The ledger records the file's SHA-256.
     */
    Decision addEvidence(SignedInUser requester, UUID decisionId, @Nullable Upload file);

    /** An uploaded evidence file of one of the organisation's decisions, to download (any member). */
    EvidenceDownload evidenceFile(SignedInUser reader, UUID decisionId, UUID fileId);

    /** An evidence file and its bytes, read from the store as they are written out. */
    record EvidenceDownload(EvidenceFile file, FileDownload.Bytes content) {}

    /**
     * An EXECUTIVE who is not the requester decides, once, with a rationale; conditions are required
     * for APPROVED_WITH_CONDITIONS and become follow-up items.
     */
    default Decision decide(
            SignedInUser executive,
            UUID decisionId,
            DecisionOutcome outcome,
            String rationale,
            List<String> conditions) {
        return decide(executive, decisionId, outcome, rationale, conditions, null);
    }

    /**
     * As above; the basis is frozen again as it is at decision time: {@code currentBasis} if given, else
     * what a {@link DecisionSubjects} source for the subject type answers, else the basis of the request
     * stays.
     */
    Decision decide(
            SignedInUser executive,
            UUID decisionId,
            DecisionOutcome outcome,
            String rationale,
            List<String> conditions,
            @Nullable Basis currentBasis);

    /** The requester rewords their open request; a decided one cannot be changed. */
    Decision revise(SignedInUser requester, UUID decisionId, RequestRevision revision);

    /** The requester or an executive marks a follow-up condition of a decision done (once). */
    Decision conditionDone(SignedInUser user, UUID decisionId, UUID conditionId);

    Decision decision(SignedInUser reader, UUID decisionId);

    /** Decisions of the reader's organisation, newest request first (at most {@link #SEARCH_LIMIT}). */
    List<Decision> search(SignedInUser reader, DecisionQuery query);

    int SEARCH_LIMIT = 500;

    /**
     * What changed between the decision's frozen basis and the subject's basis now, when a {@link
     * DecisionSubjects} source knows it; empty when none does.
     */
    Optional<List<BasisChange>> changesSinceFrozen(SignedInUser reader, UUID decisionId);

    /** The address of the subject's page, when a {@link DecisionSubjects} source gives one. */
    Optional<String> subjectPath(Subject subject);

    List<Decision> ofSubject(UUID organizationId, Subject subject);

    /** The decisions on these subjects of one type, newest request first, read at once for a list. */
    List<Decision> ofSubjects(UUID organizationId, String subjectType, Collection<UUID> subjectIds);

    /**
     * As {@link #ofSubjects}, but each decision with its basis standing only by its hash, as {@link
     * Decision#byBasisHash()} gives it, read without the basis: for lists that show where decisions stand
     * (e.g. the gates of the initiatives list), not what they rest on (ADR 044).
     */
    List<Decision> ofSubjectsByBasisHash(UUID organizationId, String subjectType, Collection<UUID> subjectIds);

    /** The newest decided approval on the topic, if any (stale or not). */
    Optional<Decision> approval(UUID organizationId, Subject subject, String topic);

    /** Decisions waiting for an executive in the organisation, oldest first. */
    List<Decision> waiting(UUID organizationId);

    /** Approved decisions whose basis has changed since, newest first. */
    List<Decision> stale(UUID organizationId);

    /** The decisions decided last, the most recent first, at most {@code limit}. */
    List<Decision> recentlyDecided(UUID organizationId, int limit);

    /**
     * The subject's basis has changed: every approved decision on it whose frozen basis differs from
     * {@code current} becomes stale (once; it stays stale).
     */
    void basisChanged(UUID organizationId, Subject subject, Basis current);

    /**
     * The subject's facts have changed: every approved decision on it whose frozen basis differs from the
     * current basis of its own topic (as the subject's {@link DecisionSubjects} gives it) becomes stale,
     * once. A decision on a topic whose basis did not change stays current.
     */
    void basisChanged(UUID organizationId, Subject subject);

    /** What changed between a decision's frozen basis and the current one, as readable lines. */
    List<BasisChange> changesSince(Decision decision, Basis current);

    /** One difference between two bases: a path, the value then, the value now. */
    record BasisChange(String path, String then, String now) {}
}
