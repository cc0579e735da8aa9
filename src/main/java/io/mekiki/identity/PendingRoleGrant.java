package io.mekiki.identity;

import java.time.Instant;
import java.util.UUID;

/** A role an administrator asked to grant themselves, waiting for another administrator to confirm it. */
public record PendingRoleGrant(UUID id, UUID userId, Role role, UUID requestedBy, Instant requestedAt) {}
