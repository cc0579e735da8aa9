package io.mekiki.operation;

import java.time.LocalDate;
import java.util.UUID;

/** The contract an SLA is kept on, as its pages and answers name it. */
public record SlaContractRef(UUID id, UUID initiativeId, String title, LocalDate startsOn, boolean inForce) {}
