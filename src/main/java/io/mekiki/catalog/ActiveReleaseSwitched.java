package io.mekiki.catalog;

import io.mekiki.shared.Actor;
import java.util.UUID;

/**
 * An administrator switched the catalogue release the organisation works with. Modules that keep scopings
 * rescope their open records against the new release after the switch has committed, through the event
 * publication registry (ADR 024, ADR 027). The ledger records the switch itself as
 * {@code catalog.release.activated}; this event carries no ledger entry of its own.
 */
public record ActiveReleaseSwitched(UUID organizationId, String fromReleaseId, String toReleaseId, Actor actor) {}
