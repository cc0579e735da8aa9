package io.mekiki.assessment;

import java.time.Instant;
import java.util.UUID;

/** An editor reopened an initiative's assessments after the provider-selection decision, with a reason. */
public record Reopening(UUID id, UUID initiativeId, String reason, UUID reopenedBy, Instant reopenedAt) {}
