package io.mekiki.operation.internal.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stands in for the contract module until its public API is merged: no contract is known, so every SLA
 * request about a contract answers 404 and the dashboard is empty. Replaced by the adapter over
 * {@code contract.Contracts}.
 */
@Component
class NoContractsYet implements SlaContracts {

    @Override
    public Optional<SlaContract> find(UUID organizationId, UUID contractId) {
        return Optional.empty();
    }

    @Override
    public List<SlaContract> inForce(UUID organizationId) {
        return List.of();
    }

    @Override
    public List<Upcoming> upcoming(UUID organizationId, LocalDate until) {
        return List.of();
    }
}
