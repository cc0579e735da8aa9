package io.mekiki.scoping;

import io.mekiki.catalog.CatalogReleases;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evaluates scoping against the catalogue release an organisation works with. */
@Service
public class Scoping {

    private final CatalogReleases releases;

    Scoping(CatalogReleases releases) {
        this.releases = releases;
    }

    @Transactional(readOnly = true)
    public ScopingResult evaluate(UUID organizationId, ScopingFacts facts) {
        return ScopingEngine.evaluate(releases.current(organizationId), facts);
    }
}
