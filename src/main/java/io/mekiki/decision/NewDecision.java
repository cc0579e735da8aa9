package io.mekiki.decision;

import java.util.List;

/**
 * A request for an executive decision.
 *
 * @param topic what is to be decided on the subject, e.g. a gate code; at most one open request per subject and topic
 * @param options the options the requester lays out (at least one)
 */
public record NewDecision(
        Subject subject,
        String topic,
        String title,
        String proposal,
        List<String> options,
        List<EvidenceLink> evidence,
        Basis basis) {}
