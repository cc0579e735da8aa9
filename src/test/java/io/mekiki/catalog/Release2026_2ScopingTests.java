package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.scoping.ScopingEngine;
import io.mekiki.scoping.ScopingFacts;
import io.mekiki.scoping.ScopingResult;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Release 2026.2 through the scoping engine (rule set 2): the cases issue 10 was written for, with the
 * items the release itself carries, not hand-built fixtures.
 */
class Release2026_2ScopingTests {

    private static final CatalogRelease RELEASE =
            CatalogParser.parse(BundledReleases.read().get("2026.2")).orThrow();

    private static final ScopingFacts.Service JAPAN_ONLY = new ScopingFacts.Service(
            Set.of(ScopingFacts.JAPAN),
            ScopingFacts.JAPAN,
            ServiceModel.SAAS,
            Set.of(ScopingFacts.JAPAN),
            new ScopingFacts.Party(null, ScopingFacts.JAPAN),
            new ScopingFacts.Party(null, ScopingFacts.JAPAN),
            Set.of(),
            null);

    @Test
    void releaseUsesRuleSet2() {
        assertThat(RELEASE.scopingRules()).isEqualTo(2);
    }

    @Test
    void exportControlledTechnologyKeptOnlyInJapanBringsTechnologyExport() {
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE,
                facts(
                        organization(Sector.GENERAL),
                        JAPAN_ONLY,
                        asset("設計図", AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY)));

        assertThat(sections(result)).contains(Section.TECHNOLOGY_EXPORT).doesNotContain(Section.OVERSEAS);
        List<String> items = ids(result, Section.TECHNOLOGY_EXPORT);
        // who can reach the data must always be answered; non-residents' access is not known, so it stays
        assertThat(items).contains("EX-CLASSIFY-01", "EX-REACH-01", "EX-STORAGE-01", "EX-DEEMED-01");
        // the items about servers abroad stay out while everything is in Japan
        assertThat(items).doesNotContain("EX-COUNTRY-01", "EX-INCIDENT-01", "EX-EXIT-01", "EX-DECISION-01");
    }

    @Test
    void answeringThatNoNonResidentCanReachTheTechnologyNarrowsOnlyTheLicenceItem() {
        ScopingFacts.Service noNonResidents = new ScopingFacts.Service(
                JAPAN_ONLY.dataLocations(),
                JAPAN_ONLY.providerHeadquarters(),
                JAPAN_ONLY.serviceModel(),
                JAPAN_ONLY.operationLocations(),
                JAPAN_ONLY.parent(),
                JAPAN_ONLY.contractingEntity(),
                Set.of(),
                false);
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE,
                facts(
                        organization(Sector.GENERAL),
                        noNonResidents,
                        asset("設計図", AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY)));

        assertThat(ids(result, Section.TECHNOLOGY_EXPORT))
                .contains("EX-REACH-01", "EX-CLASSIFY-01")
                .doesNotContain("EX-DEEMED-01");
    }

    @Test
    void exportControlledTechnologyOnServersAbroadBringsTheServerItems() {
        ScopingFacts.Service abroad = new ScopingFacts.Service(Set.of("US"), "US", ServiceModel.IAAS);
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE,
                facts(organization(Sector.GENERAL), abroad, asset("設計図", AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY)));

        assertThat(sections(result)).contains(Section.TECHNOLOGY_EXPORT, Section.OVERSEAS);
        assertThat(ids(result, Section.TECHNOLOGY_EXPORT)).contains("EX-COUNTRY-01", "EX-INCIDENT-01", "EX-REACH-01");
    }

    @Test
    void aFinanceOrganisationWithoutPersonalDataGetsItsSectorItems() {
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE,
                facts(
                        new ScopingFacts.Organization(false, false, Set.of(Sector.FINANCE), false),
                        JAPAN_ONLY,
                        asset("稟議書", AssetCategory.OTHER)));

        assertThat(sections(result)).contains(Section.SECTOR).doesNotContain(Section.PERSONAL_DATA);
        List<String> items = ids(result, Section.SECTOR);
        assertThat(items).contains("SEC-FIN-CYBER-01", "SEC-FIN-OUTSOURCE-01", "SEC-FIN-FISC-01");
        // the finance personal-information guideline needs personal data; other sectors' items stay out
        assertThat(items).doesNotContain("SEC-FIN-PI-01", "SEC-MED-01", "SEC-PUBLIC-01");
    }

    @Test
    void aGeneralOrganisationGetsNoSectorItems() {
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE, facts(organization(Sector.GENERAL), JAPAN_ONLY, asset("顧客台帳", AssetCategory.PERSONAL_DATA)));

        assertThat(sections(result)).doesNotContain(Section.SECTOR, Section.CRITICAL_INFRASTRUCTURE);
    }

    @Test
    void aDesignatedOperatorGetsCriticalInfrastructure() {
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE,
                facts(
                        new ScopingFacts.Organization(false, false, Set.of(Sector.GENERAL), true),
                        JAPAN_ONLY,
                        asset("制御系の設定", AssetCategory.OTHER)));

        assertThat(sections(result)).contains(Section.CRITICAL_INFRASTRUCTURE);
        assertThat(ids(result, Section.CRITICAL_INFRASTRUCTURE))
                .containsExactlyInAnyOrder("CI-SCOPE-01", "CI-INTRO-01", "CI-ENTRUST-01", "CI-CYBER-01", "CI-CYBER-02");
    }

    @Test
    void anOperatorThatIsNotDesignatedDoesNotGetCriticalInfrastructure() {
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE,
                facts(
                        new ScopingFacts.Organization(false, false, Set.of(Sector.TELECOMMUNICATIONS), false),
                        JAPAN_ONLY,
                        asset("制御系の設定", AssetCategory.OTHER)));

        assertThat(sections(result)).doesNotContain(Section.CRITICAL_INFRASTRUCTURE);
    }

    @Test
    void myNumberDataBringsTheMyNumberBreachItemBesideTheGeneralOne() {
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE, facts(organization(Sector.GENERAL), JAPAN_ONLY, asset("給与", AssetCategory.MY_NUMBER)));

        assertThat(ids(result, Section.PERSONAL_DATA)).contains("PD-BREACH-02", "PD-MYNUMBER-04");
    }

    @Test
    void ledgersKeptAsBoardAndFinancialRecordsBringOnlyTheTaxWarning() {
        ScopingResult result = ScopingEngine.evaluate(
                RELEASE,
                facts(
                        organization(Sector.GENERAL),
                        JAPAN_ONLY,
                        asset("会計帳簿", AssetCategory.BOARD_AND_FINANCIAL_RECORDS)));

        assertThat(ids(result, Section.TAX_RECORDS)).containsExactly("TAX-WARN-01");
    }

    private static ScopingFacts.Organization organization(Sector sector) {
        return new ScopingFacts.Organization(false, false, Set.of(sector), null);
    }

    private static ScopingFacts.Asset asset(String name, AssetCategory category) {
        return new ScopingFacts.Asset(name, Set.of(category));
    }

    private static ScopingFacts facts(
            ScopingFacts.Organization organization, ScopingFacts.Service service, ScopingFacts.Asset asset) {
        return new ScopingFacts(organization, List.of(asset), service);
    }

    private static List<Section> sections(ScopingResult result) {
        return result.sections().stream()
                .map(ScopingResult.SectionVerdict::section)
                .toList();
    }

    private static List<String> ids(ScopingResult result, Section section) {
        return result.itemsOf(section).stream()
                .map(verdict -> verdict.item().id())
                .toList();
    }
}
