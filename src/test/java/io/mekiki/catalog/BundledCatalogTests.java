package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.catalog.CatalogParser.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue that ships with Mekiki is checked at build time, as it is at every start. */
class BundledCatalogTests {

    private static final Map<String, List<Source>> BUNDLED = BundledReleases.read();

    @Test
    void everyBundledReleaseIsValid() {
        assertThat(BUNDLED).isNotEmpty();
        BUNDLED.forEach((id, sources) -> {
            CatalogParser.Result result = CatalogParser.parse(sources);
            assertThat(result.problems()).as("problems of release %s", id).isEmpty();
            assertThat(result.release().id())
                    .as("release id matches its folder")
                    .isEqualTo(id);
        });
    }

    @Test
    void release2026CoversEverySectionAndEveryRisk() {
        CatalogRelease release = CatalogParser.parse(BUNDLED.get("2026.1")).orThrow();
        assertThat(release.items()).hasSizeGreaterThan(100);
        assertThat(release.itemCountBySection().keySet())
                .containsExactlyInAnyOrderElementsOf(Section.knownTo(release.scopingRules()));
        Set<CloudRisk> cited =
                release.items().stream().flatMap(item -> item.risks().stream()).collect(Collectors.toSet());
        assertThat(cited).containsExactlyInAnyOrder(CloudRisk.values());
        assertThat(release.risks())
                .extracting(LibraryEntries.RiskDescription::id)
                .containsExactlyInAnyOrder(CloudRisk.values());
        assertThat(release.sectors())
                .extracting(LibraryEntries.SectorRules::id)
                .containsExactlyInAnyOrder(io.mekiki.shared.Sector.values());
        assertThat(release.glossary()).hasSizeGreaterThan(40);
    }

    @Test
    void everyItemIsWrittenInBothLanguagesAndCitesKnownReferences() {
        CatalogRelease release = CatalogParser.parse(BUNDLED.get("2026.1")).orThrow();
        var references = release.referencesById();
        for (CheckItem item : release.items()) {
            for (var text : List.of(item.title(), item.guidance(), item.question(), item.evidence())) {
                assertThat(text.ja()).as(item.id()).isNotBlank();
                assertThat(text.en()).as(item.id()).isNotBlank();
            }
            item.basis().forEach(basis -> assertThat(references).as(item.id()).containsKey(basis.referenceId()));
        }
    }
}
