package io.mekiki.scoping;

import static io.mekiki.scoping.ScopingFixtures.foreignLocation;
import static io.mekiki.scoping.ScopingFixtures.foreignProvider;
import static io.mekiki.scoping.ScopingFixtures.foreignProviderIn;
import static io.mekiki.scoping.ScopingFixtures.given;
import static io.mekiki.scoping.ScopingFixtures.holds;
import static io.mekiki.scoping.ScopingFixtures.item;
import static io.mekiki.scoping.ScopingFixtures.reason;
import static io.mekiki.scoping.ScopingFixtures.release;
import static io.mekiki.scoping.ScopingFixtures.release2;
import static io.mekiki.scoping.ScopingFixtures.when2;
import static io.mekiki.shared.AssetCategory.BOARD_AND_FINANCIAL_RECORDS;
import static io.mekiki.shared.AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY;
import static io.mekiki.shared.AssetCategory.OTHER;
import static io.mekiki.shared.AssetCategory.TAX_RECORDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.scoping.Reason.Country;
import io.mekiki.scoping.ScopingFixtures.Given;
import io.mekiki.scoping.ScopingResult.ItemVerdict;
import io.mekiki.scoping.ScopingResult.SectionVerdict;
import io.mekiki.shared.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule set 2 (ADR 027, the contract of catalogue 2026.2), row by row: every new fact with true, false
 * and absent, each with the reasons a reader is shown. Not known never narrows.
 */
class ScopingRules2Tests {

    private static final CheckItem[] ONE_PER_SECTION =
            ScopingFixtures.oneUnconditionalItemPerSection().toArray(CheckItem[]::new);
    private static final CatalogRelease RULES_1 = release(ONE_PER_SECTION);
    private static final CatalogRelease RULES_2 = release2(ONE_PER_SECTION);

    private static final ScopingFacts.Party US_PARENT = new ScopingFacts.Party(null, "US");
    private static final ScopingFacts.Party JP_PARENT = new ScopingFacts.Party(null, "JP");

    // ---- sections ----

    static Stream<Arguments> sections() {
        return Stream.of(
                // organization.criticalInfrastructure
                argumentSet(
                        "designated operator: critical infrastructure applies",
                        given().criticalInfrastructure(true),
                        Section.CRITICAL_INFRASTRUCTURE,
                        true,
                        List.of(reason("criticalInfrastructure"))),
                argumentSet(
                        "not designated, even in finance: it does not apply",
                        given().sectors(Sector.GENERAL, Sector.FINANCE).criticalInfrastructure(false),
                        Section.CRITICAL_INFRASTRUCTURE,
                        false,
                        List.of(reason("notCriticalInfrastructure"))),
                argumentSet(
                        "not known in finance: it applies, saying it is not known",
                        given().sectors(Sector.GENERAL, Sector.FINANCE),
                        Section.CRITICAL_INFRASTRUCTURE,
                        true,
                        List.of(reason("criticalInfrastructureUnknown", Sector.FINANCE))),
                argumentSet(
                        "not known in telecommunications and broadcasting: both named",
                        given().sectors(Sector.TELECOMMUNICATIONS, Sector.BROADCASTING),
                        Section.CRITICAL_INFRASTRUCTURE,
                        true,
                        List.of(
                                reason("criticalInfrastructureUnknown", Sector.TELECOMMUNICATIONS),
                                reason("criticalInfrastructureUnknown", Sector.BROADCASTING))),
                argumentSet(
                        "not known in the general sector: it does not apply",
                        given(),
                        Section.CRITICAL_INFRASTRUCTURE,
                        false,
                        List.of(reason("criticalInfrastructureUnknownOtherSector"))),
                // sector
                argumentSet(
                        "general sector only: no sector rules",
                        given(),
                        Section.SECTOR,
                        false,
                        List.of(reason("onlyGeneralSector"))),
                argumentSet(
                        "medical, without any personal data: sector rules apply",
                        given().sectors(Sector.GENERAL, Sector.MEDICAL).asset("Drawings", OTHER),
                        Section.SECTOR,
                        true,
                        List.of(reason("sector", Sector.MEDICAL))),
                // assets[].financialReporting
                argumentSet(
                        "an asset used in financial reporting brings internal control to a listed company",
                        given().listed().assetUsedInReporting("Sales ledger", true, OTHER),
                        Section.INTERNAL_CONTROL,
                        true,
                        List.of(reason("listed"), reason("assetFinancialReporting", "Sales ledger"))),
                argumentSet(
                        "an asset not used in financial reporting does not",
                        given().listed().assetUsedInReporting("Sales ledger", false, OTHER),
                        Section.INTERNAL_CONTROL,
                        false,
                        List.of(reason("noAsset.financialReporting"))),
                argumentSet(
                        "an asset whose use in financial reporting is not known does not",
                        given().listed().assetUsedInReporting("Sales ledger", null, OTHER),
                        Section.INTERNAL_CONTROL,
                        false,
                        List.of(reason("noAsset.financialReporting"))),
                argumentSet(
                        "board records still bring internal control",
                        given().largeCompanyWithBoard().asset("Minutes", BOARD_AND_FINANCIAL_RECORDS),
                        Section.INTERNAL_CONTROL,
                        true,
                        List.of(reason("largeCompanyWithBoard"), holds("Minutes", BOARD_AND_FINANCIAL_RECORDS))),
                argumentSet(
                        "financial reporting without a listed or large company: not",
                        given().assetUsedInReporting("Sales ledger", true, OTHER),
                        Section.INTERNAL_CONTROL,
                        false,
                        List.of(reason("notLargeNorListed"))),
                // export control wherever the servers are
                argumentSet(
                        "controlled technology kept in Japan: the export section applies",
                        given().asset("Designs", EXPORT_CONTROLLED_TECHNOLOGY),
                        Section.TECHNOLOGY_EXPORT,
                        true,
                        List.of(holds("Designs", EXPORT_CONTROLLED_TECHNOLOGY), reason("exportWherever"))),
                argumentSet(
                        "controlled technology kept abroad: the location is named as well",
                        given().asset("Designs", EXPORT_CONTROLLED_TECHNOLOGY).dataIn("US"),
                        Section.TECHNOLOGY_EXPORT,
                        true,
                        List.of(
                                holds("Designs", EXPORT_CONTROLLED_TECHNOLOGY),
                                reason("exportWherever"),
                                foreignLocation("US"))),
                // tax records
                argumentSet(
                        "board and financial records only: tax records apply as a possibility",
                        given().asset("Ledger", BOARD_AND_FINANCIAL_RECORDS),
                        Section.TAX_RECORDS,
                        true,
                        List.of(reason("possibleTaxRecords", "Ledger"))),
                argumentSet(
                        "tax records tagged: they apply as such",
                        given().asset("Ledger", BOARD_AND_FINANCIAL_RECORDS, TAX_RECORDS),
                        Section.TAX_RECORDS,
                        true,
                        List.of(holds("Ledger", TAX_RECORDS))),
                argumentSet(
                        "neither: tax records do not apply",
                        given().asset("Drawings", OTHER),
                        Section.TAX_RECORDS,
                        false,
                        List.of(reason("noAsset.taxOrFinancial"))),
                // service.providerHeadquarters not known counts as possibly foreign
                argumentSet(
                        "provider country not known: overseas applies, saying so",
                        given().providerNotChosen(),
                        Section.OVERSEAS,
                        true,
                        List.of(reason("providerCountryUnknown"))),
                argumentSet(
                        "provider in Japan and nothing abroad: overseas does not apply",
                        given(),
                        Section.OVERSEAS,
                        false,
                        List.of(reason("allInJapan"))),
                argumentSet(
                        "provider abroad",
                        given().providerIn("US"),
                        Section.OVERSEAS,
                        true,
                        List.of(foreignProviderIn("US"))),
                // service.parentCountry
                argumentSet(
                        "parent company in US",
                        given().parent(US_PARENT),
                        Section.OVERSEAS,
                        true,
                        List.of(reason("foreignParentCountry", new Country("US")))),
                argumentSet(
                        "parent company in Japan",
                        given().parent(JP_PARENT),
                        Section.OVERSEAS,
                        false,
                        List.of(reason("allInJapan"))),
                // service.contractingEntityCountry
                argumentSet(
                        "contracting entity in Ireland",
                        given().contractingEntity(new ScopingFacts.Party(null, "IE")),
                        Section.OVERSEAS,
                        true,
                        List.of(reason("foreignContractingEntityCountry", new Country("IE")))),
                argumentSet(
                        "contracting entity in Japan",
                        given().contractingEntity(new ScopingFacts.Party(null, "JP")),
                        Section.OVERSEAS,
                        false,
                        List.of(reason("allInJapan"))),
                // service.operationLocations
                argumentSet(
                        "operated from Singapore",
                        given().operatedFrom("SG"),
                        Section.OVERSEAS,
                        true,
                        List.of(reason("foreignOperationLocation", new Country("SG")))),
                argumentSet(
                        "operated from Japan",
                        given().operatedFrom("JP"),
                        Section.OVERSEAS,
                        false,
                        List.of(reason("allInJapan"))),
                // service.subprocessorCountries
                argumentSet(
                        "a subprocessor in US",
                        given().subprocessorsIn("JP", "US"),
                        Section.OVERSEAS,
                        true,
                        List.of(reason("foreignSubprocessor", new Country("US")))),
                argumentSet(
                        "subprocessors in Japan",
                        given().subprocessorsIn("JP"),
                        Section.OVERSEAS,
                        false,
                        List.of(reason("allInJapan"))));
    }

    @ParameterizedTest
    @MethodSource
    void sections(Given given, Section section, boolean applies, List<Reason> reasons) {
        ScopingResult result = ScopingEngine.evaluate(RULES_2, given.facts());

        Optional<SectionVerdict> applicable = find(result.sections(), section);
        Optional<SectionVerdict> excluded = find(result.notApplicable(), section);
        assertThat(applicable.isPresent()).as("%s applies", section).isEqualTo(applies);
        assertThat(applicable.or(() -> excluded).orElseThrow().reasons()).containsExactlyElementsOf(reasons);
        assertThat(result.items().stream().anyMatch(verdict -> verdict.item().section() == section))
                .as("the section's unconditional item comes with it")
                .isEqualTo(applies);
    }

    @Test
    void ruleSetTwoDecidesEverySectionOnceInTheOrderOfTheGuide() {
        ScopingResult result = ScopingEngine.evaluate(RULES_2, given().facts());

        List<Section> decided = new ArrayList<>();
        result.sections().forEach(verdict -> decided.add(verdict.section()));
        result.notApplicable().forEach(verdict -> decided.add(verdict.section()));
        assertThat(decided).containsExactlyInAnyOrder(Section.values());
        assertThat(result.notApplicable())
                .allSatisfy(verdict -> assertThat(verdict.reasons()).isNotEmpty());
    }

    // ---- rule set 1 stays as it was ----

    @Test
    void ruleSetOneNeitherDecidesTheNewSectionsNorCountsTheUnknown() {
        ScopingFacts facts = given().sectors(Sector.GENERAL, Sector.FINANCE, Sector.MEDICAL)
                .criticalInfrastructure(true)
                .providerNotChosen()
                .asset("Designs", EXPORT_CONTROLLED_TECHNOLOGY)
                .assetUsedInReporting("Sales ledger", true, OTHER)
                .listed()
                .facts();

        ScopingResult result = ScopingEngine.evaluate(RULES_1, facts);

        List<Section> decided = new ArrayList<>();
        result.sections().forEach(verdict -> decided.add(verdict.section()));
        result.notApplicable().forEach(verdict -> decided.add(verdict.section()));
        assertThat(decided).doesNotContain(Section.CRITICAL_INFRASTRUCTURE, Section.SECTOR);
        assertThat(find(result.notApplicable(), Section.OVERSEAS)).isPresent();
        assertThat(find(result.notApplicable(), Section.TECHNOLOGY_EXPORT)).isPresent();
        assertThat(find(result.notApplicable(), Section.INTERNAL_CONTROL)).isPresent();
        assertThat(result.items())
                .noneMatch(verdict -> verdict.item().section() == Section.SECTOR
                        || verdict.item().section() == Section.CRITICAL_INFRASTRUCTURE);

        ScopingResult second = ScopingEngine.evaluate(RULES_2, facts);
        assertThat(find(second.sections(), Section.OVERSEAS)).isPresent();
        assertThat(find(second.sections(), Section.TECHNOLOGY_EXPORT)).isPresent();
        assertThat(find(second.sections(), Section.INTERNAL_CONTROL)).isPresent();
        assertThat(find(second.sections(), Section.CRITICAL_INFRASTRUCTURE)).isPresent();
        assertThat(find(second.sections(), Section.SECTOR)).isPresent();
    }

    // ---- item conditions ----

    static Stream<Arguments> conditions() {
        return Stream.of(
                // service.nonResidentAccess
                argumentSet(
                        "non-residents reach the data",
                        "nonResidentAccess",
                        given().nonResidentAccess(true),
                        List.of(reason("nonResidentAccess"))),
                argumentSet(
                        "non-resident access not known: included, saying so",
                        "nonResidentAccess",
                        given(),
                        List.of(reason("nonResidentAccessUnknown"))),
                argumentSet("no non-resident access", "nonResidentAccess", given().nonResidentAccess(false), null),
                // assets[].financialReporting
                argumentSet(
                        "an asset used in financial reporting",
                        "financialReporting",
                        given().assetUsedInReporting("Sales ledger", true, OTHER),
                        List.of(reason("assetFinancialReporting", "Sales ledger"))),
                argumentSet(
                        "an asset not used in financial reporting",
                        "financialReporting",
                        given().assetUsedInReporting("Sales ledger", false, OTHER),
                        null),
                argumentSet(
                        "use in financial reporting not known",
                        "financialReporting",
                        given().assetUsedInReporting("Sales ledger", null, OTHER),
                        null),
                argumentSet(
                        "board and financial records count as financial reporting",
                        "financialReporting",
                        given().asset("Minutes", BOARD_AND_FINANCIAL_RECORDS),
                        List.of(holds("Minutes", BOARD_AND_FINANCIAL_RECORDS))),
                // organization.criticalInfrastructure
                argumentSet(
                        "designated operator",
                        "criticalInfrastructure",
                        given().criticalInfrastructure(true),
                        List.of(reason("criticalInfrastructure"))),
                argumentSet(
                        "not designated",
                        "criticalInfrastructure",
                        given().sectors(Sector.FINANCE).criticalInfrastructure(false),
                        null),
                argumentSet(
                        "designation not known, postal sector",
                        "criticalInfrastructure",
                        given().sectors(Sector.POSTAL),
                        List.of(reason("criticalInfrastructureUnknown", Sector.POSTAL))),
                argumentSet("designation not known, general sector", "criticalInfrastructure", given(), null),
                // possibleTaxRecords
                argumentSet(
                        "board and financial records, no tax records: the warning",
                        "possibleTaxRecords",
                        given().asset("Ledger", BOARD_AND_FINANCIAL_RECORDS),
                        List.of(reason("possibleTaxRecords", "Ledger"))),
                argumentSet(
                        "tax records tagged: no warning",
                        "possibleTaxRecords",
                        given().asset("Ledger", BOARD_AND_FINANCIAL_RECORDS).asset("Invoices", TAX_RECORDS),
                        null),
                argumentSet("neither: no warning", "possibleTaxRecords", given().asset("Drawings", OTHER), null));
    }

    @ParameterizedTest
    @MethodSource
    void conditions(String key, Given given, List<Reason> own) {
        CatalogRelease release = release2(item("LC-COND-01", Section.LIFECYCLE, when2(key)));

        Optional<ItemVerdict> verdict =
                ScopingEngine.evaluate(release, given.facts()).items().stream().findFirst();

        if (own == null) {
            assertThat(verdict).isEmpty();
        } else {
            List<Reason> expected = new ArrayList<>(List.of(reason("always.LIFECYCLE")));
            expected.addAll(own);
            assertThat(verdict.orElseThrow().reasons()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aForeignProviderInRuleSetTwoIsAlsoAForeignContractingEntityOrAnUnknownCountry() {
        CatalogRelease second = release2(item("LC-FP-01", Section.LIFECYCLE, foreignProvider(true)));
        CatalogRelease first = release(item("LC-FP-01", Section.LIFECYCLE, foreignProvider(true)));
        ScopingFacts contracting = given().contractingEntity(new ScopingFacts.Party("Cloud KK", "IE"))
                .facts();
        ScopingFacts unknown = given().providerNotChosen().facts();
        ScopingFacts domestic = given().facts();

        assertThat(ScopingEngine.evaluate(second, contracting).items())
                .singleElement()
                .satisfies(verdict -> assertThat(verdict.reasons())
                        .contains(reason("foreignContractingEntity", "Cloud KK", new Country("IE"))));
        assertThat(ScopingEngine.evaluate(second, unknown).items())
                .singleElement()
                .satisfies(verdict -> assertThat(verdict.reasons()).contains(reason("providerCountryUnknown")));
        assertThat(ScopingEngine.evaluate(second, domestic).items()).isEmpty();
        assertThat(ScopingEngine.evaluate(first, contracting).items()).isEmpty();
        assertThat(ScopingEngine.evaluate(first, unknown).items()).isEmpty();
    }

    private static Optional<SectionVerdict> find(List<SectionVerdict> verdicts, Section section) {
        return verdicts.stream().filter(verdict -> verdict.section() == section).findFirst();
    }
}
