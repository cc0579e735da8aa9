package io.mekiki.assets;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AssetRecords extends ListCrudRepository<InformationAsset, UUID> {

    /**
     * The aggregate when it belongs to the organisation. Through {@code findById}, whose statements Spring
     * Data prepares once, where a derived query would build its SQL again on every call (ADR 019).
     */
    default Optional<InformationAsset> findByIdAndOrganizationId(UUID id, UUID organizationId) {
        return findById(id).filter(found -> found.organizationId().equals(organizationId));
    }

    /** Whether another asset of the organisation, archived or not, has this name in any letter case. */
    @Query("select exists (select 1 from assets_asset where organization_id = :organizationId"
            + " and lower(name) = lower(:name) and id <> :exceptId)")
    boolean nameTaken(UUID organizationId, String name, UUID exceptId);
}
