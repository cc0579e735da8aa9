package io.mekiki.initiative;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InitiativeRecords extends ListCrudRepository<Initiative, UUID> {

    /**
     * The aggregate when it belongs to the organisation. Through {@code findById}, whose statements Spring
     * Data prepares once, where a derived query would build its SQL again on every call (ADR 019).
     */
    default Optional<Initiative> findByIdAndOrganizationId(UUID id, UUID organizationId) {
        return findById(id).filter(found -> found.organizationId().equals(organizationId));
    }

    boolean existsByIdAndOrganizationId(UUID id, UUID organizationId);

    /** The ids of the organisation's initiatives, not closed, that hold the asset in scope. */
    @Query("select i.id from initiative_initiative i join initiative_asset a on a.initiative_id = i.id"
            + " where i.organization_id = :organizationId and a.asset_id = :assetId and i.phase <> 'CLOSED'")
    List<UUID> openWithAsset(UUID organizationId, UUID assetId);

    /** The ids of the organisation's initiatives that are not closed. */
    @Query("select i.id from initiative_initiative i where i.organization_id = :organizationId and i.phase <> 'CLOSED'")
    List<UUID> openIn(UUID organizationId);
}
