package io.mekiki.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Contracts by id; lists read their ids first and the aggregates through {@code findAllById} (ADR 019). */
interface ContractRecords extends ListCrudRepository<Contract, UUID> {

    @Query("select id from contract where organization_id = :organizationId and initiative_id = :initiativeId")
    List<UUID> idsOfInitiative(UUID organizationId, UUID initiativeId);

    @Query("select id from contract where organization_id = :organizationId and status = :status")
    List<UUID> idsWithStatus(UUID organizationId, String status);

    @Query("select id from contract where organization_id = :organizationId")
    List<UUID> idsOf(UUID organizationId);

    /**
     * Records the provider's termination notice unless one is recorded already; the contract's version stays (the
     * notice is no term of the contract, and forms open on it stay current).
     *
     * @return 1 when recorded, 0 when the contract has a notice already
     */
    @Modifying
    @Query("update contract set termination_notice_received_on = :receivedOn,"
            + " termination_notice_effective_on = :effectiveOn, termination_notice_recorded_at = :at"
            + " where organization_id = :organizationId and id = :contractId"
            + " and termination_notice_received_on is null")
    int recordTerminationNotice(
            UUID organizationId, UUID contractId, LocalDate receivedOn, LocalDate effectiveOn, Instant at);
}
