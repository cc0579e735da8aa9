package io.mekiki.assets;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AssetRecords extends ListCrudRepository<InformationAsset, UUID> {

    Optional<InformationAsset> findByIdAndOrganizationId(UUID id, UUID organizationId);

    /** Whether another asset of the organisation, archived or not, has this name in any letter case. */
    @Query("select exists (select 1 from assets_asset where organization_id = :organizationId"
            + " and lower(name) = lower(:name) and id <> :exceptId)")
    boolean nameTaken(UUID organizationId, String name, UUID exceptId);
}
