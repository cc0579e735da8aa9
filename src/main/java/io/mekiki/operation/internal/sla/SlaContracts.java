package io.mekiki.operation.internal.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The contracts the SLA is kept on, as the contract module tells them (one adapter implements it). */
public interface SlaContracts {

    /**
     * A contract as the SLA needs it.
     *
     * @param monthlyFee the contract's price per month in whole yen (a yearly price a twelfth of it); null when
     *     the contract has no recurring price in yen
     */
    record SlaContract(
            UUID id,
            UUID organizationId,
            UUID initiativeId,
            String title,
            LocalDate startsOn,
            boolean inForce,
            @org.jspecify.annotations.Nullable Long monthlyFee) {}

    /** A date of a contract coming up: a notice deadline or a renewal. */
    record Upcoming(UUID contractId, String kind, LocalDate on) {}

    Optional<SlaContract> find(UUID organizationId, UUID contractId);

    List<SlaContract> inForce(UUID organizationId);

    /** The notice deadlines and renewals of the organisation's contracts up to {@code until}. */
    List<Upcoming> upcoming(UUID organizationId, LocalDate until);
}
