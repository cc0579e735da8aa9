package io.mekiki.decision;

import java.util.List;

/** New wording of an open request: what the requester may still change before it is decided. */
public record RequestRevision(String title, String proposal, List<String> options, List<EvidenceLink> evidence) {}
