package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.catalog.CatalogParser.Source;
import io.mekiki.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled release 2026.2 and the immutability of 2026.1, which organisations already use. */
class BundledRelease2026_2Tests {

    private static final Map<String, List<Source>> BUNDLED = BundledReleases.read();

    /**
     * SHA-256 over the file names and contents of 2026.1 as committed in 32b1da7; a bundled release is
     * never edited once published (a change belongs in a new release).
     */
    private static final String RELEASE_2026_1_DIGEST =
            "b424ecc371cbfa3b3b066ddb62cbb6c5df0d6ddaf66b859e0be322b97ca4e56a";

    @Test
    void release2026_2ParsesAndValidatesWithRuleSet2() {
        CatalogParser.Result result = CatalogParser.parse(BUNDLED.get("2026.2"));
        assertThat(result.problems()).isEmpty();
        CatalogRelease release = result.release();
        assertThat(release.id()).isEqualTo("2026.2");
        assertThat(release.publishedOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 3));
        assertThat(release.scopingRules()).isEqualTo(2);
        assertThat(release.itemCountBySection().keySet()).containsExactlyInAnyOrder(Section.values());
        assertThat(release.risks())
                .extracting(LibraryEntries.RiskDescription::id)
                .containsExactlyInAnyOrder(CloudRisk.values());
        assertThat(release.sectors())
                .extracting(LibraryEntries.SectorRules::id)
                .containsExactlyInAnyOrder(io.mekiki.shared.Sector.values());
    }

    @Test
    void everyItemCitesReferencesAndArticlesThatExist() {
        CatalogRelease release = CatalogParser.parse(BUNDLED.get("2026.2")).orThrow();
        Map<String, Reference> references = release.referencesById();
        for (CheckItem item : release.items()) {
            for (var text : List.of(item.title(), item.guidance(), item.question(), item.evidence())) {
                assertThat(text.ja()).as(item.id()).isNotBlank();
                assertThat(text.en()).as(item.id()).isNotBlank();
            }
            for (CheckItem.Basis basis : item.basis()) {
                assertThat(references)
                        .as("%s cites %s", item.id(), basis.referenceId())
                        .containsKey(basis.referenceId());
                if (basis.article() != null) {
                    assertThat(references.get(basis.referenceId()).articles())
                            .as(
                                    "%s cites %s %s",
                                    item.id(),
                                    basis.referenceId(),
                                    basis.article().ja())
                            .extracting(article -> article.article().ja())
                            .contains(basis.article().ja());
                }
            }
        }
    }

    @Test
    void everySectorItemNamesItsSectors() {
        CatalogRelease release = CatalogParser.parse(BUNDLED.get("2026.2")).orThrow();
        assertThat(release.items())
                .filteredOn(item -> item.section() == Section.SECTOR)
                .isNotEmpty()
                .allSatisfy(item ->
                        assertThat(item.appliesWhen().sectors()).as(item.id()).isNotEmpty());
        assertThat(release.items())
                .filteredOn(item -> item.section() == Section.PERSONAL_DATA)
                .allSatisfy(item ->
                        assertThat(item.appliesWhen().sectors()).as(item.id()).isEmpty());
    }

    @Test
    void idsOf2026_1AreNeverReusedForAnotherSection() {
        CatalogRelease older = CatalogParser.parse(BUNDLED.get("2026.1")).orThrow();
        CatalogRelease newer = CatalogParser.parse(BUNDLED.get("2026.2")).orThrow();
        Map<String, Section> before =
                older.items().stream().collect(java.util.stream.Collectors.toMap(CheckItem::id, CheckItem::section));
        for (CheckItem item : newer.items()) {
            if (before.containsKey(item.id())) {
                assertThat(item.section()).as(item.id()).isEqualTo(before.get(item.id()));
            }
        }
        // items merged into others or moved to SECTOR are gone under their old ids
        assertThat(newer.items())
                .extracting(CheckItem::id)
                .doesNotContain("IC-CUEC-01", "IC-SOC1-01", "PD-GENAI-01", "PD-ENTRUST-03", "PD-SECTOR-FIN-01")
                .contains("AS-CUEC-01", "AS-SOC-01", "AS-AI-01", "AS-SUB-02", "SEC-FIN-PI-01");
    }

    @Test
    void release2026_1IsUnchanged() {
        List<Source> sources = BUNDLED.get("2026.1");
        assertThat(sources).extracting(Source::name).hasSize(16).contains("release.yaml", "items-overseas.yaml");
        assertThat(digest(sources)).isEqualTo(RELEASE_2026_1_DIGEST);
    }

    /** Name and text of every file, in name order, each followed by a zero byte. */
    static String digest(List<Source> sources) {
        MessageDigest digest = Sha256.digest();
        sources.stream().sorted(java.util.Comparator.comparing(Source::name)).forEach(source -> {
            digest.update(source.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(source.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return Sha256.hex(digest);
    }
}
