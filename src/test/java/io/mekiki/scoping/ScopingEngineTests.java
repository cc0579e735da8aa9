package io.mekiki.scoping;

import static io.mekiki.scoping.ScopingFixtures.anythingForeign;
import static io.mekiki.scoping.ScopingFixtures.categories;
import static io.mekiki.scoping.ScopingFixtures.foreignDataLocation;
import static io.mekiki.scoping.ScopingFixtures.foreignLocation;
import static io.mekiki.scoping.ScopingFixtures.foreignProvider;
import static io.mekiki.scoping.ScopingFixtures.foreignProviderIn;
import static io.mekiki.scoping.ScopingFixtures.given;
import static io.mekiki.scoping.ScopingFixtures.holds;
import static io.mekiki.scoping.ScopingFixtures.item;
import static io.mekiki.scoping.ScopingFixtures.largeCompanyWithBoard;
import static io.mekiki.scoping.ScopingFixtures.listed;
import static io.mekiki.scoping.ScopingFixtures.models;
import static io.mekiki.scoping.ScopingFixtures.reason;
import static io.mekiki.scoping.ScopingFixtures.release;
import static io.mekiki.scoping.ScopingFixtures.sectors;
import static io.mekiki.shared.AssetCategory.BOARD_AND_FINANCIAL_RECORDS;
import static io.mekiki.shared.AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY;
import static io.mekiki.shared.AssetCategory.MY_NUMBER;
import static io.mekiki.shared.AssetCategory.OTHER;
import static io.mekiki.shared.AssetCategory.PERSONAL_DATA;
import static io.mekiki.shared.AssetCategory.SPECIAL_CARE_PERSONAL_DATA;
import static io.mekiki.shared.AssetCategory.TAX_RECORDS;
import static io.mekiki.shared.AssetCategory.TRADE_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.mekiki.catalog.Applicability;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.scoping.ScopingFixtures.Given;
import io.mekiki.scoping.ScopingResult.ItemVerdict;
import io.mekiki.scoping.ScopingResult.SectionVerdict;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that decide which sections and items apply, row by row, each with the reasons a reader
 * is shown. PRODUCT.md ("The checks") and the reading guide of the guide's chapter 1 are the source.
 */
class ScopingEngineTests {

    private static final CatalogRelease ONE_ITEM_PER_SECTION =
            release(ScopingFixtures.oneUnconditionalItemPerSection().toArray(CheckItem[]::new));

    // ---- sections ----

    static Stream<Arguments> sectionRules() {
        return Stream.of(
                // 3.1(1): an asset holding trade secrets is enough
                argumentSet(
                        "trade secret present",
                        Section.TRADE_SECRET,
                        given().asset("Designs", TRADE_SECRET, OTHER),
                        true,
                        List.of(holds("Designs", TRADE_SECRET))),
                // every holder is named, in the order the assets were given
                argumentSet(
                        "trade secret in two assets",
                        Section.TRADE_SECRET,
                        given().asset("Designs", TRADE_SECRET).asset("Recipes", TRADE_SECRET),
                        true,
                        List.of(holds("Designs", TRADE_SECRET), holds("Recipes", TRADE_SECRET))),
                // nothing secret goes into the cloud
                argumentSet(
                        "trade secret absent",
                        Section.TRADE_SECRET,
                        given().asset("Brochures", OTHER),
                        false,
                        List.of(reason("noAsset.TRADE_SECRET"))),

                // 3.1(2)a: a large company with a board, holding board or financial-reporting records
                argumentSet(
                        "internal control: large with board, records present",
                        Section.INTERNAL_CONTROL,
                        given().largeCompanyWithBoard().asset("Ledger", BOARD_AND_FINANCIAL_RECORDS),
                        true,
                        List.of(reason("largeCompanyWithBoard"), holds("Ledger", BOARD_AND_FINANCIAL_RECORDS))),
                // listed alone is enough on the company side
                argumentSet(
                        "internal control: listed only, records present",
                        Section.INTERNAL_CONTROL,
                        given().listed().asset("Ledger", BOARD_AND_FINANCIAL_RECORDS),
                        true,
                        List.of(reason("listed"), holds("Ledger", BOARD_AND_FINANCIAL_RECORDS))),
                // both company facts are given as reasons
                argumentSet(
                        "internal control: large and listed, records present",
                        Section.INTERNAL_CONTROL,
                        given().largeCompanyWithBoard().listed().asset("Ledger", BOARD_AND_FINANCIAL_RECORDS),
                        true,
                        List.of(
                                reason("largeCompanyWithBoard"),
                                reason("listed"),
                                holds("Ledger", BOARD_AND_FINANCIAL_RECORDS))),
                // a small unlisted company is outside J-SOX and the Companies Act duty, records or not
                argumentSet(
                        "internal control: neither, records present",
                        Section.INTERNAL_CONTROL,
                        given().asset("Ledger", BOARD_AND_FINANCIAL_RECORDS),
                        false,
                        List.of(reason("notLargeNorListed"))),
                // the company side holds but no such records go into the cloud
                argumentSet(
                        "internal control: large with board, records absent",
                        Section.INTERNAL_CONTROL,
                        given().largeCompanyWithBoard().asset("Brochures", OTHER),
                        false,
                        List.of(reason("noAsset.BOARD_AND_FINANCIAL_RECORDS"))),
                // listed, records absent
                argumentSet(
                        "internal control: listed only, records absent",
                        Section.INTERNAL_CONTROL,
                        given().listed(),
                        false,
                        List.of(reason("noAsset.BOARD_AND_FINANCIAL_RECORDS"))),
                // large and listed, records absent
                argumentSet(
                        "internal control: both, records absent",
                        Section.INTERNAL_CONTROL,
                        given().largeCompanyWithBoard().listed(),
                        false,
                        List.of(reason("noAsset.BOARD_AND_FINANCIAL_RECORDS"))),
                // both conditions fail: both are named
                argumentSet(
                        "internal control: neither, records absent",
                        Section.INTERNAL_CONTROL,
                        given(),
                        false,
                        List.of(reason("notLargeNorListed"), reason("noAsset.BOARD_AND_FINANCIAL_RECORDS"))),

                // 3.1(2)b: plain personal data
                argumentSet(
                        "personal data via PERSONAL_DATA",
                        Section.PERSONAL_DATA,
                        given().asset("Payroll", PERSONAL_DATA),
                        true,
                        List.of(holds("Payroll", PERSONAL_DATA))),
                // special-care personal data counts as personal data
                argumentSet(
                        "personal data via SPECIAL_CARE_PERSONAL_DATA",
                        Section.PERSONAL_DATA,
                        given().asset("Health checks", SPECIAL_CARE_PERSONAL_DATA),
                        true,
                        List.of(holds("Health checks", SPECIAL_CARE_PERSONAL_DATA))),
                // My Number data counts as personal data
                argumentSet(
                        "personal data via MY_NUMBER",
                        Section.PERSONAL_DATA,
                        given().asset("Year-end adjustment", MY_NUMBER),
                        true,
                        List.of(holds("Year-end adjustment", MY_NUMBER))),
                // one asset with two personal categories gives one reason each, in category order
                argumentSet(
                        "personal data: two categories in one asset",
                        Section.PERSONAL_DATA,
                        given().asset("HR", MY_NUMBER, PERSONAL_DATA),
                        true,
                        List.of(holds("HR", PERSONAL_DATA), holds("HR", MY_NUMBER))),
                // no personal data of any kind
                argumentSet(
                        "personal data: none",
                        Section.PERSONAL_DATA,
                        given().asset("Designs", TRADE_SECRET),
                        false,
                        List.of(reason("noAsset.PERSONAL_DATA"))),

                // 3.1(2)d: national-tax books, documents or e-transaction data
                argumentSet(
                        "tax records present",
                        Section.TAX_RECORDS,
                        given().asset("Invoices", TAX_RECORDS),
                        true,
                        List.of(holds("Invoices", TAX_RECORDS))),
                // none
                argumentSet(
                        "tax records absent",
                        Section.TAX_RECORDS,
                        given().asset("Payroll", PERSONAL_DATA),
                        false,
                        List.of(reason("noAsset.TAX_RECORDS"))),

                // 3.1(2)c: controlled technology stored abroad
                argumentSet(
                        "export: technology and a foreign data location",
                        Section.TECHNOLOGY_EXPORT,
                        given().asset("Drawings", EXPORT_CONTROLLED_TECHNOLOGY).dataIn("JP", "US"),
                        true,
                        List.of(holds("Drawings", EXPORT_CONTROLLED_TECHNOLOGY), foreignLocation("US"))),
                // a foreign provider alone makes it a provision to a non-resident
                argumentSet(
                        "export: technology and a foreign provider only",
                        Section.TECHNOLOGY_EXPORT,
                        given().asset("Drawings", EXPORT_CONTROLLED_TECHNOLOGY).providerIn("US"),
                        true,
                        List.of(holds("Drawings", EXPORT_CONTROLLED_TECHNOLOGY), foreignProviderIn("US"))),
                // everything in Japan: nothing leaves the country
                argumentSet(
                        "export: technology, all in Japan",
                        Section.TECHNOLOGY_EXPORT,
                        given().asset("Drawings", EXPORT_CONTROLLED_TECHNOLOGY),
                        false,
                        List.of(reason("allInJapan"))),
                // all data in Japan, provider not chosen: said as such, not counted as Japan
                argumentSet(
                        "export: technology, data in Japan, provider not chosen",
                        Section.TECHNOLOGY_EXPORT,
                        given().asset("Drawings", EXPORT_CONTROLLED_TECHNOLOGY).providerNotChosen(),
                        false,
                        List.of(reason("allDataInJapan"), reason("providerUnknown"))),
                // foreign, but no controlled technology
                argumentSet(
                        "export: foreign without technology",
                        Section.TECHNOLOGY_EXPORT,
                        given().asset("Payroll", PERSONAL_DATA).dataIn("US").providerIn("US"),
                        false,
                        List.of(reason("noAsset.EXPORT_CONTROLLED_TECHNOLOGY"))),

                // 3.2: a data location abroad
                argumentSet(
                        "overseas: foreign location only",
                        Section.OVERSEAS,
                        given().dataIn("JP", "SG"),
                        true,
                        List.of(foreignLocation("SG"))),
                // a provider headquartered abroad, data in Japan
                argumentSet(
                        "overseas: foreign provider only",
                        Section.OVERSEAS,
                        given().providerIn("US"),
                        true,
                        List.of(foreignProviderIn("US"))),
                // both: locations first (sorted by code), then the provider
                argumentSet(
                        "overseas: both",
                        Section.OVERSEAS,
                        given().dataIn("US", "JP", "SG").providerIn("US"),
                        true,
                        List.of(foreignLocation("SG"), foreignLocation("US"), foreignProviderIn("US"))),
                // neither
                argumentSet("overseas: neither", Section.OVERSEAS, given(), false, List.of(reason("allInJapan"))),
                // provider not chosen and data in Japan: not applicable for now, and the reader is told why
                argumentSet(
                        "overseas: provider unknown, data in Japan",
                        Section.OVERSEAS,
                        given().providerNotChosen(),
                        false,
                        List.of(reason("allDataInJapan"), reason("providerUnknown"))),
                // provider not chosen, data abroad: applies on the data location alone
                argumentSet(
                        "overseas: provider unknown, data abroad",
                        Section.OVERSEAS,
                        given().providerNotChosen().dataIn("DE"),
                        true,
                        List.of(foreignLocation("DE"))));
    }

    @ParameterizedTest
    @MethodSource("sectionRules")
    void sectionAppliesOrNotWithItsReasons(Section section, Given given, boolean applies, List<Reason> reasons) {
        ScopingResult result = ScopingEngine.evaluate(ONE_ITEM_PER_SECTION, given.facts());

        Optional<SectionVerdict> applicable = find(result.sections(), section);
        Optional<SectionVerdict> excluded = find(result.notApplicable(), section);
        assertThat(applicable.isPresent()).as("applies").isEqualTo(applies);
        assertThat(excluded.isPresent()).as("listed as not applicable").isEqualTo(!applies);
        assertThat(applicable.or(() -> excluded).orElseThrow().reasons()).isEqualTo(reasons);
        assertThat(result.items())
                .as("the section's items follow the section")
                .extracting(verdict -> verdict.item().section())
                .filteredOn(section::equals)
                .hasSize(applies ? 1 : 0);
    }

    /** Life cycle, responsibility split, misalignment and assurance apply whatever is stored where. */
    @ParameterizedTest
    @EnumSource(
            value = Section.class,
            names = {"LIFECYCLE", "RESPONSIBILITY_SPLIT", "MISALIGNMENT", "ASSURANCE"})
    void alwaysSectionsApplyToEveryUse(Section section) {
        List<Given> uses = List.of(
                given(),
                given().providerNotChosen(),
                given().largeCompanyWithBoard()
                        .listed()
                        .asset("Everything", TRADE_SECRET, PERSONAL_DATA, TAX_RECORDS)
                        .dataIn("US")
                        .providerIn("US")
                        .model(ServiceModel.IAAS));
        for (Given use : uses) {
            ScopingResult result = ScopingEngine.evaluate(ONE_ITEM_PER_SECTION, use.facts());
            assertThat(find(result.sections(), section))
                    .as("applies")
                    .map(SectionVerdict::reasons)
                    .contains(List.of(reason("always." + section.name())));
            assertThat(section.alwaysApplies()).isTrue();
        }
    }

    @Test
    void everySectionIsDecidedExactlyOnceInTheOrderOfTheGuide() {
        ScopingResult result = ScopingEngine.evaluate(
                ONE_ITEM_PER_SECTION, given().asset("Payroll", PERSONAL_DATA).facts());

        List<Section> decided = new ArrayList<>();
        result.sections().forEach(verdict -> decided.add(verdict.section()));
        result.notApplicable().forEach(verdict -> decided.add(verdict.section()));
        assertThat(decided).containsExactlyInAnyOrderElementsOf(Section.knownTo(1));
        assertThat(result.sections()).extracting(SectionVerdict::section).isSorted();
        assertThat(result.notApplicable()).extracting(SectionVerdict::section).isSorted();
        assertThat(result.notApplicable())
                .allSatisfy(verdict -> assertThat(verdict.reasons()).isNotEmpty());
        assertThat(result.catalogRelease()).isEqualTo("test.1");
    }

    // ---- items ----

    static Stream<Arguments> itemConditions() {
        return Stream.of(
                // no condition of its own: the section's reasons alone
                argumentSet("no condition", Applicability.ALWAYS, given(), true, List.of()),
                // the asset holds the category the item asks for
                argumentSet(
                        "assetCategories: held",
                        categories(MY_NUMBER),
                        given().asset("Year-end adjustment", MY_NUMBER),
                        true,
                        List.of(holds("Year-end adjustment", MY_NUMBER))),
                // another personal category is not this one
                argumentSet(
                        "assetCategories: not held",
                        categories(MY_NUMBER),
                        given().asset("Payroll", PERSONAL_DATA),
                        false,
                        List.of()),
                // any one of several categories is enough; every holder is named
                argumentSet(
                        "assetCategories: one of several",
                        categories(TAX_RECORDS, BOARD_AND_FINANCIAL_RECORDS),
                        given().asset("Invoices", TAX_RECORDS).asset("Minutes", BOARD_AND_FINANCIAL_RECORDS),
                        true,
                        List.of(holds("Invoices", TAX_RECORDS), holds("Minutes", BOARD_AND_FINANCIAL_RECORDS))),
                // the company works in the sector
                argumentSet(
                        "sectors: held",
                        sectors(Sector.FINANCE),
                        given().sectors(Sector.GENERAL, Sector.FINANCE),
                        true,
                        List.of(reason("sector", Sector.FINANCE))),
                // the company works in none of them
                argumentSet(
                        "sectors: not held",
                        sectors(Sector.FINANCE),
                        given().sectors(Sector.GENERAL),
                        false,
                        List.of()),
                // several sectors held: each named, in sector order
                argumentSet(
                        "sectors: two held",
                        sectors(Sector.DEBT_COLLECTION, Sector.CREDIT),
                        given().sectors(Sector.DEBT_COLLECTION, Sector.CREDIT, Sector.MEDICAL),
                        true,
                        List.of(reason("sector", Sector.CREDIT), reason("sector", Sector.DEBT_COLLECTION))),
                // the model matches
                argumentSet(
                        "serviceModels: match",
                        models(ServiceModel.SAAS),
                        given().model(ServiceModel.SAAS),
                        true,
                        List.of(reason("serviceModel", ServiceModel.SAAS))),
                // another model
                argumentSet(
                        "serviceModels: no match",
                        models(ServiceModel.SAAS),
                        given().model(ServiceModel.IAAS),
                        false,
                        List.of()),
                // not decided yet: included as one that may apply, and said so
                argumentSet(
                        "serviceModels: unknown model",
                        models(ServiceModel.IAAS),
                        given(),
                        true,
                        List.of(reason("serviceModelUnknown"))),
                // a data location abroad
                argumentSet(
                        "foreignDataLocation true: data abroad",
                        foreignDataLocation(true),
                        given().dataIn("JP", "US"),
                        true,
                        List.of(foreignLocation("US"))),
                // only the provider is abroad: not a foreign data location
                argumentSet(
                        "foreignDataLocation true: data in Japan",
                        foreignDataLocation(true),
                        given().providerIn("US"),
                        false,
                        List.of()),
                // the item is for data kept in Japan
                argumentSet(
                        "foreignDataLocation false: data in Japan",
                        foreignDataLocation(false),
                        given(),
                        true,
                        List.of(reason("allDataInJapan"))),
                // data abroad: the domestic-only item drops out
                argumentSet(
                        "foreignDataLocation false: data abroad",
                        foreignDataLocation(false),
                        given().dataIn("US"),
                        false,
                        List.of()),
                // the provider is headquartered abroad
                argumentSet(
                        "foreignProvider true: provider abroad",
                        foreignProvider(true),
                        given().providerIn("US"),
                        true,
                        List.of(foreignProviderIn("US"))),
                // a Japanese provider with a data centre abroad is not a foreign provider
                argumentSet(
                        "foreignProvider true: provider in Japan, data abroad",
                        foreignProvider(true),
                        given().dataIn("US"),
                        false,
                        List.of()),
                // provider not chosen: not (yet) foreign
                argumentSet(
                        "foreignProvider true: provider not chosen",
                        foreignProvider(true),
                        given().providerNotChosen(),
                        false,
                        List.of()),
                // the item is for a domestic provider
                argumentSet(
                        "foreignProvider false: provider in Japan",
                        foreignProvider(false),
                        given(),
                        true,
                        List.of(reason("providerInJapan"))),
                // provider not chosen: included, and the reason says it is not known
                argumentSet(
                        "foreignProvider false: provider not chosen",
                        foreignProvider(false),
                        given().providerNotChosen(),
                        true,
                        List.of(reason("providerUnknown"))),
                // anything foreign: a data location is enough
                argumentSet(
                        "anythingForeign true: via data location",
                        anythingForeign(true),
                        given().dataIn("SG"),
                        true,
                        List.of(foreignLocation("SG"))),
                // anything foreign: the provider is enough
                argumentSet(
                        "anythingForeign true: via provider",
                        anythingForeign(true),
                        given().providerIn("GB"),
                        true,
                        List.of(foreignProviderIn("GB"))),
                // nothing foreign
                argumentSet("anythingForeign true: all in Japan", anythingForeign(true), given(), false, List.of()),
                // the item is for an all-domestic use
                argumentSet(
                        "anythingForeign false: all in Japan",
                        anythingForeign(false),
                        given(),
                        true,
                        List.of(reason("allInJapan"))),
                // listed company
                argumentSet("listed true: listed", listed(true), given().listed(), true, List.of(reason("listed"))),
                // not listed
                argumentSet("listed true: not listed", listed(true), given(), false, List.of()),
                // an item for unlisted companies
                argumentSet("listed false: not listed", listed(false), given(), true, List.of(reason("notListed"))),
                // ... which a listed company does not get
                argumentSet("listed false: listed", listed(false), given().listed(), false, List.of()),
                // large company with a board
                argumentSet(
                        "largeCompanyWithBoard true: large",
                        largeCompanyWithBoard(true),
                        given().largeCompanyWithBoard(),
                        true,
                        List.of(reason("largeCompanyWithBoard"))),
                // not large
                argumentSet(
                        "largeCompanyWithBoard true: not large",
                        largeCompanyWithBoard(true),
                        given().listed(),
                        false,
                        List.of()),
                // an item for companies that are not large with a board
                argumentSet(
                        "largeCompanyWithBoard false: not large",
                        largeCompanyWithBoard(false),
                        given(),
                        true,
                        List.of(reason("notLargeCompanyWithBoard"))),
                // every condition must hold; reasons come in the order of the conditions
                argumentSet(
                        "sector and anything foreign, both hold",
                        new Applicability(Set.of(), Set.of(Sector.MEDICAL), Set.of(), null, null, true, null, null),
                        given().sectors(Sector.MEDICAL).dataIn("US"),
                        true,
                        List.of(reason("sector", Sector.MEDICAL), foreignLocation("US"))),
                // one of two conditions fails: the item drops out
                argumentSet(
                        "sector and anything foreign, only the sector holds",
                        new Applicability(Set.of(), Set.of(Sector.MEDICAL), Set.of(), null, null, true, null, null),
                        given().sectors(Sector.MEDICAL),
                        false,
                        List.of()),
                // the same reason from two conditions is given once
                argumentSet(
                        "foreign location and anything foreign: reason once",
                        new Applicability(Set.of(), Set.of(), Set.of(), true, null, true, null, null),
                        given().dataIn("US"),
                        true,
                        List.of(foreignLocation("US"))));
    }

    /** The item sits in a section that always applies, so that only its own condition decides. */
    @ParameterizedTest
    @MethodSource("itemConditions")
    void itemConditionDecidesWithinItsSection(
            Applicability condition, Given given, boolean included, List<Reason> ownReasons) {
        CatalogRelease release = release(item("RS-TEST-01", Section.RESPONSIBILITY_SPLIT, condition));

        ScopingResult result = ScopingEngine.evaluate(release, given.facts());

        if (included) {
            List<Reason> expected = new ArrayList<>(List.of(reason("always.RESPONSIBILITY_SPLIT")));
            expected.addAll(ownReasons);
            assertThat(result.items()).singleElement().satisfies(verdict -> {
                assertThat(verdict.item().id()).isEqualTo("RS-TEST-01");
                assertThat(verdict.reasons()).isEqualTo(expected);
            });
        } else {
            assertThat(result.items()).isEmpty();
        }
    }

    @Test
    void itemsOfASectionThatDoesNotApplyAreLeftOutWhateverTheirCondition() {
        CatalogRelease release = release(
                item("TS-ANY-01", Section.TRADE_SECRET),
                item("TS-LISTED-01", Section.TRADE_SECRET, listed(true)),
                item("OS-ANY-01", Section.OVERSEAS));

        ScopingResult result = ScopingEngine.evaluate(
                release, given().listed().asset("Payroll", PERSONAL_DATA).facts());

        assertThat(result.items()).isEmpty();
    }

    @Test
    void itemReasonsBeginWithTheReasonsOfTheirSection() {
        CatalogRelease release = release(
                item("PD-SPECIAL-01", Section.PERSONAL_DATA, categories(SPECIAL_CARE_PERSONAL_DATA)),
                item("OS-LISTED-01", Section.OVERSEAS, listed(true)));

        ScopingResult result = ScopingEngine.evaluate(
                release,
                given().listed()
                        .asset("Payroll", PERSONAL_DATA)
                        .asset("Health checks", SPECIAL_CARE_PERSONAL_DATA)
                        .dataIn("US")
                        .facts());

        assertThat(result.items())
                .extracting(verdict -> verdict.item().id(), ItemVerdict::reasons)
                .containsExactly(
                        // the item's own reason is one of the section's: given once
                        tuple(
                                "PD-SPECIAL-01",
                                List.of(
                                        holds("Payroll", PERSONAL_DATA),
                                        holds("Health checks", SPECIAL_CARE_PERSONAL_DATA))),
                        tuple("OS-LISTED-01", List.of(foreignLocation("US"), reason("listed"))));
    }

    @Test
    void itemsKeepTheOrderOfTheCatalogue() {
        CatalogRelease release = release(
                item("OS-B-01", Section.OVERSEAS),
                item("LC-B-01", Section.LIFECYCLE),
                item("PD-A-01", Section.PERSONAL_DATA),
                item("LC-A-01", Section.LIFECYCLE),
                item("OS-A-01", Section.OVERSEAS));

        ScopingResult result = ScopingEngine.evaluate(
                release, given().asset("Payroll", PERSONAL_DATA).dataIn("US").facts());

        List<String> catalogueOrder =
                release.items().stream().map(CheckItem::id).toList();
        assertThat(catalogueOrder).containsExactly("LC-A-01", "LC-B-01", "PD-A-01", "OS-A-01", "OS-B-01");
        assertThat(result.items()).extracting(verdict -> verdict.item().id()).isEqualTo(catalogueOrder);
    }

    @Test
    void theSameFactsGiveTheSameResultWhateverTheOrderTheyCameIn() {
        CatalogRelease release = release(
                item("PD-ANY-01", Section.PERSONAL_DATA),
                item("PD-SECTOR-01", Section.PERSONAL_DATA, sectors(Sector.FINANCE, Sector.CREDIT, Sector.MEDICAL)),
                item("OS-ANY-01", Section.OVERSEAS));
        ScopingFacts one = given().sectors(Sector.MEDICAL, Sector.FINANCE, Sector.CREDIT)
                .asset("HR", SPECIAL_CARE_PERSONAL_DATA, PERSONAL_DATA, MY_NUMBER)
                .dataIn("US", "JP", "DE", "SG")
                .providerIn("US")
                .facts();
        ScopingFacts other = given().sectors(Sector.CREDIT, Sector.MEDICAL, Sector.FINANCE)
                .asset("HR", MY_NUMBER, PERSONAL_DATA, SPECIAL_CARE_PERSONAL_DATA)
                .dataIn("SG", "DE", "JP", "US")
                .providerIn("US")
                .facts();

        ScopingResult first = ScopingEngine.evaluate(release, one);

        assertThat(ScopingEngine.evaluate(release, one)).isEqualTo(first);
        assertThat(ScopingEngine.evaluate(release, other)).isEqualTo(first);
        assertThat(find(first.sections(), Section.OVERSEAS).orElseThrow().reasons())
                .containsExactly(
                        foreignLocation("DE"), foreignLocation("SG"), foreignLocation("US"), foreignProviderIn("US"));
        assertThat(first.items().get(1).reasons())
                .endsWith(
                        reason("sector", Sector.FINANCE),
                        reason("sector", Sector.CREDIT),
                        reason("sector", Sector.MEDICAL));
    }

    @Test
    void aUseWithNothingSpecialGetsTheAlwaysSectionsOnly() {
        ScopingResult result = ScopingEngine.evaluate(ONE_ITEM_PER_SECTION, given().facts());

        assertThat(result.sections())
                .extracting(SectionVerdict::section)
                .containsExactly(
                        Section.LIFECYCLE, Section.RESPONSIBILITY_SPLIT, Section.MISALIGNMENT, Section.ASSURANCE);
        assertThat(EnumSet.copyOf(
                        result.sections().stream().map(SectionVerdict::section).toList()))
                .allMatch(Section::alwaysApplies);
    }

    @Test
    void aServicesOwnFactsAbroadMakeTheOverseasSectionApplyEachNamed() {
        ScopingFacts facts = new ScopingFacts(
                new ScopingFacts.Organization(false, false, Set.of(Sector.GENERAL)),
                List.of(),
                new ScopingFacts.Service(
                        Set.of("JP"),
                        "JP",
                        ServiceModel.SAAS,
                        Set.of("JP", "US"),
                        new ScopingFacts.Party("Northwind Holdings, Inc.", "US"),
                        new ScopingFacts.Party("Northwind Japan K.K.", "JP"),
                        Set.of("IN", "JP")));

        SectionVerdict overseas = find(
                        ScopingEngine.evaluate(ONE_ITEM_PER_SECTION, facts).sections(), Section.OVERSEAS)
                .orElseThrow();

        assertThat(overseas.reasons())
                .containsExactly(
                        new Reason("foreignParent", List.of("Northwind Holdings, Inc.", new Reason.Country("US"))),
                        new Reason("foreignOperationLocation", List.of(new Reason.Country("US"))),
                        new Reason("foreignSubprocessor", List.of(new Reason.Country("IN"))));
    }

    @Test
    void aServiceWhollyInJapanLeavesTheOverseasSectionOut() {
        ScopingFacts facts = new ScopingFacts(
                new ScopingFacts.Organization(false, false, Set.of(Sector.GENERAL)),
                List.of(),
                new ScopingFacts.Service(
                        Set.of("JP"),
                        "JP",
                        ServiceModel.SAAS,
                        Set.of("JP"),
                        new ScopingFacts.Party("Midori Holdings", "JP"),
                        null,
                        Set.of()));

        ScopingResult result = ScopingEngine.evaluate(ONE_ITEM_PER_SECTION, facts);

        assertThat(find(result.sections(), Section.OVERSEAS)).isEmpty();
        assertThat(find(result.notApplicable(), Section.OVERSEAS).orElseThrow().reasons())
                .containsExactly(new Reason("allInJapan", List.of()));
    }

    private static Optional<SectionVerdict> find(List<SectionVerdict> verdicts, Section section) {
        return verdicts.stream().filter(verdict -> verdict.section() == section).findFirst();
    }
}
