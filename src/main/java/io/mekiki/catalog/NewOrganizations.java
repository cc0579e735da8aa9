package io.mekiki.catalog;

import io.mekiki.identity.IdentityChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new organisation starts on the newest bundled release and stays on it until an administrator
 * switches (ADR 027): pinned in the transaction that creates the organisation.
 */
@Component
class NewOrganizations {

    static final String ORGANIZATION_CREATED = "identity.organization.created";

    private final CatalogReleases releases;

    NewOrganizations(CatalogReleases releases) {
        this.releases = releases;
    }

    @EventListener
    void on(IdentityChange change) {
        if (ORGANIZATION_CREATED.equals(change.action())) {
            releases.pinNewest(change.organizationId());
        }
    }
}
