package io.mekiki.decision;

import io.mekiki.shared.SignedInUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests, decisions and their staleness. Every change writes to the audit ledger. Refusals are
 * {@link io.mekiki.shared.RuleViolationException}s (acting out of role is an AccessDeniedException).
 */
public interface Decisions {

    /** RISK_OFFICER or BUSINESS_OWNER asks for a decision; refused while one on the same subject and topic is open. */
    Decision request(SignedInUser requester, NewDecision request);

    /**
     * An EXECUTIVE who is not the requester decides, once, with a rationale; conditions are required
     * for APPROVED_WITH_CONDITIONS and become follow-up items.
     */
    Decision decide(
            SignedInUser executive,
            UUID decisionId,
            DecisionOutcome outcome,
            String rationale,
            List<String> conditions);

    Decision decision(SignedInUser reader, UUID decisionId);

    List<Decision> ofSubject(UUID organizationId, Subject subject);

    /** The newest decided approval on the topic, if any (stale or not). */
    Optional<Decision> approval(UUID organizationId, Subject subject, String topic);

    /** Decisions waiting for an executive in the organisation, oldest first. */
    List<Decision> waiting(UUID organizationId);

    /** Approved decisions whose basis has changed since, newest first. */
    List<Decision> stale(UUID organizationId);

    /**
     * The subject's basis has changed: every approved decision on it whose frozen basis differs from
     * {@code current} becomes stale (once; it stays stale).
     */
    void basisChanged(UUID organizationId, Subject subject, Basis current);

    /** What changed between a decision's frozen basis and the current one, as readable lines. */
    List<BasisChange> changesSince(Decision decision, Basis current);

    /** One difference between two bases: a path, the value then, the value now. */
    record BasisChange(String path, String then, String now) {}
}
