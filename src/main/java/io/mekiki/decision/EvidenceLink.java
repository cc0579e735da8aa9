package io.mekiki.decision;

/**
 * Something the requester points the executive to: a report, a scoping result, an assessment.
 *
 * @param kind e.g. REPORT, SCOPING, ASSESSMENT, URL
 * @param reference an id or an address inside Mekiki (a path starting with "/")
 */
public record EvidenceLink(String kind, String reference, String label) {}
