package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.ReleaseInfo;
import io.mekiki.shared.SignedInUser;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Finds the release a request means: the one named, or else the organisation's active one. */
@Component
class ReleaseLookup {

    private final CatalogReleases releases;

    ReleaseLookup(CatalogReleases releases) {
        this.releases = releases;
    }

    /**
     * A release with what lists show of it, and all releases the organisation can see.
     *
     * @param active the organisation's active release, which may be another one than {@code info}
     */
    record Chosen(ReleaseInfo info, CatalogRelease release, List<ReleaseInfo> all, ReleaseInfo active) {
        public boolean isActive() {
            return info.active();
        }
    }

    Chosen choose(SignedInUser user, @Nullable String releaseId) {
        List<ReleaseInfo> all = releases.releases(user.organizationId());
        ReleaseInfo active = all.stream()
                .filter(ReleaseInfo::active)
                .findFirst()
                .orElseGet(() -> releases.currentInfo(user.organizationId()));
        if (releaseId == null || releaseId.isBlank() || releaseId.strip().equals(active.id())) {
            return new Chosen(active, releases.current(user.organizationId()), all, active);
        }
        String wanted = releaseId.strip();
        ReleaseInfo info = all.stream()
                .filter(candidate -> candidate.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new CatalogEntryNotFound("catalog.notFound.release", wanted));
        return new Chosen(info, releases.release(user.organizationId(), wanted), all, active);
    }
}
