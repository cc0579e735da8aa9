package io.mekiki.initiative;

/** An initiative with its gates and its scoping, as its page shows them. */
public record InitiativeOverview(Initiative initiative, GateReport gates, ScopingRecord scoping) {}
