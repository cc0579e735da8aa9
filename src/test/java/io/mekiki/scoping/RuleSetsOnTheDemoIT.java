package io.mekiki.scoping;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.Section;
import io.mekiki.scoping.ScopingResult.SectionVerdict;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both rule sets on the facts of the demo's initiatives (a listed large company in finance; the CRM with
 * the customer ledger, the design-data platform with the drawings; data in Japan, provider not chosen),
 * against the bundled release 2026.1: rule set 1 gives 2026.1's answer, rule set 2 only adds what a fact
 * not known or the new rules bring, and never takes anything away.
 */
class RuleSetsOnTheDemoIT extends ApplicationTest {

    @Autowired
    CatalogReleases releases;

    private static final ScopingFacts.Organization DEMO =
            new ScopingFacts.Organization(true, true, Set.of(Sector.GENERAL, Sector.FINANCE));
    private static final ScopingFacts.Service PLANNED = new ScopingFacts.Service(Set.of("JP"), null, ServiceModel.SAAS);

    @Test
    void theCrmInPreparation() {
        ScopingFacts crm = new ScopingFacts(
                DEMO,
                List.of(new ScopingFacts.Asset("顧客台帳 (Customer ledger)", Set.of(AssetCategory.PERSONAL_DATA))),
                PLANNED);

        ScopingResult first = ScopingEngine.evaluate(release(1), crm);
        ScopingResult second = ScopingEngine.evaluate(release(2), crm);

        assertThat(sections(first))
                .containsExactly(
                        Section.LIFECYCLE,
                        Section.PERSONAL_DATA,
                        Section.RESPONSIBILITY_SPLIT,
                        Section.MISALIGNMENT,
                        Section.ASSURANCE);
        assertThat(first.notApplicable())
                .extracting(SectionVerdict::section)
                .doesNotContain(Section.CRITICAL_INFRASTRUCTURE, Section.SECTOR);
        assertThat(reasons(first.notApplicable(), Section.OVERSEAS))
                .containsExactly(Reason.of("allDataInJapan"), Reason.of("providerUnknown"));
        assertThat(sections(second))
                .containsExactly(
                        Section.LIFECYCLE,
                        Section.PERSONAL_DATA,
                        Section.CRITICAL_INFRASTRUCTURE,
                        Section.SECTOR,
                        Section.OVERSEAS,
                        Section.RESPONSIBILITY_SPLIT,
                        Section.MISALIGNMENT,
                        Section.ASSURANCE);
        assertThat(reasons(second.sections(), Section.OVERSEAS)).containsExactly(Reason.of("providerCountryUnknown"));
        assertThat(reasons(second.sections(), Section.CRITICAL_INFRASTRUCTURE))
                .containsExactly(Reason.of("criticalInfrastructureUnknown", Sector.FINANCE));
        assertThat(itemIds(second))
                .containsAll(itemIds(first))
                .hasSizeGreaterThan(itemIds(first).size());
    }

    @Test
    void theDesignDataPlatformInSelection() {
        ScopingFacts design = new ScopingFacts(
                DEMO,
                List.of(new ScopingFacts.Asset(
                        "製品設計図面 (Product drawings)",
                        Set.of(AssetCategory.TRADE_SECRET, AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY))),
                PLANNED);

        ScopingResult first = ScopingEngine.evaluate(release(1), design);
        ScopingResult second = ScopingEngine.evaluate(release(2), design);

        assertThat(sections(first)).contains(Section.TRADE_SECRET).doesNotContain(Section.TECHNOLOGY_EXPORT);
        assertThat(sections(second)).contains(Section.TRADE_SECRET, Section.TECHNOLOGY_EXPORT);
        assertThat(reasons(second.sections(), Section.TECHNOLOGY_EXPORT)).contains(Reason.of("exportWherever"));
        assertThat(itemIds(second)).containsAll(itemIds(first));
        assertThat(itemIds(second)).anyMatch(id -> id.startsWith(Section.TECHNOLOGY_EXPORT.idPrefix() + "-"));
    }

    /** The bundled 2026.1 as it is (rule set 1), or its items read with rule set 2. */
    private CatalogRelease release(int rules) {
        CatalogRelease bundled = releases.release(UUID.randomUUID(), "2026.1");
        assertThat(bundled.scopingRules()).isEqualTo(1);
        return rules == 1
                ? bundled
                : new CatalogRelease(
                        bundled.id(),
                        bundled.publishedOn(),
                        bundled.title(),
                        bundled.notes(),
                        bundled.items(),
                        bundled.references(),
                        bundled.risks(),
                        bundled.glossary(),
                        bundled.sectors(),
                        2);
    }

    private static List<Section> sections(ScopingResult result) {
        return result.sections().stream().map(SectionVerdict::section).toList();
    }

    private static List<Reason> reasons(List<SectionVerdict> verdicts, Section section) {
        return verdicts.stream()
                .filter(verdict -> verdict.section() == section)
                .findFirst()
                .orElseThrow()
                .reasons();
    }

    private static List<String> itemIds(ScopingResult result) {
        return result.items().stream().map(verdict -> verdict.item().id()).toList();
    }
}
