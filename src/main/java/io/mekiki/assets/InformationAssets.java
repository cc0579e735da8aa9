package io.mekiki.assets;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register as other modules read it, e.g. to decide which checks the assets of a cloud use call for. */
@Service
public class InformationAssets {

    private final AssetQueries queries;

    InformationAssets(AssetQueries queries) {
        this.queries = queries;
    }

    /**
     * The assets with these ids that belong to the organisation, archived ones included, ordered by name.
     * Ids of other organisations' assets and unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public List<AssetSummary> assetsOf(UUID organizationId, Collection<UUID> ids) {
        return queries.summaries(organizationId, ids);
    }

    /**
     * The in-house controls, cost and service level of the assets with these ids that belong to the
     * organisation, ordered by name; other organisations' and unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public List<InHouseFacts> inHouse(UUID organizationId, Collection<UUID> ids) {
        return queries.inHouse(organizationId, ids);
    }

    /** The organisation's assets that are not archived, ordered by name. */
    @Transactional(readOnly = true)
    public List<AssetSummary> current(UUID organizationId) {
        return queries.current(organizationId);
    }
}
