package io.mekiki.questionnaire.internal.caiq;

import io.mekiki.catalog.CatalogChange;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.ReleaseInfo;
import io.mekiki.questionnaire.internal.caiq.CaiqMapping.Coverage;
import io.mekiki.questionnaire.internal.caiq.CaiqMapping.Entry;
import io.mekiki.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which check items of a catalogue release the CAIQ mapping covers and which it does not (ADR 042). The mapping
 * of a release is the bundled one that names it; an uploaded release has none, even under a bundled id.
 */
@Service
public class CaiqCoverage {

    private final CatalogReleases releases;
    private final CaiqMappings mappings;

    CaiqCoverage(CatalogReleases releases, CaiqMappings mappings) {
        this.releases = releases;
        this.mappings = mappings;
    }

    /** An item the mapping covers, with the entry that says how. */
    public record Covered(CheckItem item, Entry entry) {}

    /**
     * @param mapping empty when the release has no CAIQ mapping (then every item is in {@code notCovered})
     * @param covered in the catalogue's order (section, then id)
     */
    public record View(
            ReleaseInfo release, Optional<CaiqMapping> mapping, List<Covered> covered, List<CheckItem> notCovered) {

        public int itemCount() {
            return covered.size() + notCovered.size();
        }

        public long full() {
            return covered.stream()
                    .filter(c -> c.entry().coverage() == Coverage.FULL)
                    .count();
        }

        public long partial() {
            return covered.size() - full();
        }

        public int questionCount() {
            return mapping.map(m -> m.questionIds().size()).orElse(0);
        }
    }

    /**
     * The coverage in a release the organisation can see, or in the one it works with when {@code releaseId} is
     * null.
     *
     * @throws NotFoundException for a release the organisation cannot see
     */
    @Transactional(readOnly = true)
    public View of(UUID organizationId, @Nullable String releaseId) {
        ReleaseInfo info = releaseId == null
                ? releases.currentInfo(organizationId)
                : releases.releases(organizationId).stream()
                        .filter(release -> release.id().equals(releaseId))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException(CatalogChange.RELEASE, releaseId));
        CatalogRelease release = releases.release(organizationId, info.id());
        Optional<CaiqMapping> mapping = mappingOf(info);
        List<Covered> covered = new ArrayList<>();
        List<CheckItem> notCovered = new ArrayList<>();
        for (CheckItem item : release.items()) {
            Optional<Entry> entry = mapping.flatMap(m -> m.entry(item.id()));
            if (entry.isPresent()) {
                covered.add(new Covered(item, entry.get()));
            } else {
                notCovered.add(item);
            }
        }
        return new View(info, mapping, covered, notCovered);
    }

    /** The mapping of a release the organisation holds, by its id; none for an uploaded or unknown release. */
    @Transactional(readOnly = true)
    public Optional<CaiqMapping> mappingOf(UUID organizationId, String releaseId) {
        return releases.releases(organizationId).stream()
                .filter(release -> release.id().equals(releaseId))
                .findFirst()
                .flatMap(this::mappingOf);
    }

    /** The mapping of a release as the organisation holds it; none for an uploaded release. */
    public Optional<CaiqMapping> mappingOf(ReleaseInfo release) {
        return release.bundled() ? mappings.forRelease(release.id()) : Optional.empty();
    }
}
