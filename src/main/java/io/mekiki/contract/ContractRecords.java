package io.mekiki.contract;

import java.util.List;
import java.util.UUID;
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
}
