package io.mekiki.initiative;

import java.util.UUID;

/** The initiative whose gates a {@link GateContributions} is asked about, with the phase it is in now. */
public record GateSubject(UUID organizationId, UUID initiativeId, InitiativePhase phase) {}
