package io.mekiki.scoping.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.catalog.Section;
import io.mekiki.scoping.ScopingFacts;
import io.mekiki.scoping.web.ScopingReport.ReadingGroup;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** How the "what applies to us" form reads what the browser sends, and what it refuses. */
class ScopingFormTests {

    @Test
    void readsTheAnswersIntoFactsLeavingEmptyRowsOut() {
        ScopingForm form = ScopingForm.from(parameters(
                "largeCompanyWithBoard", "true",
                "sector", "FINANCE",
                "sector", "GENERAL",
                "assetName", " Payroll ",
                "assetName", "",
                "assetName", "Designs",
                "assetCategory", "0:PERSONAL_DATA",
                "assetCategory", "0:MY_NUMBER",
                "assetCategory", "2:TRADE_SECRET",
                "dataLocation", "US",
                "dataLocation", "JP",
                "providerHeadquarters", "US",
                "serviceModel", "SAAS"));

        ScopingForm.Reading reading = form.read();

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.facts())
                .isEqualTo(new ScopingFacts(
                        new ScopingFacts.Organization(true, false, Set.of(Sector.GENERAL, Sector.FINANCE)),
                        List.of(
                                new ScopingFacts.Asset(
                                        "Payroll", Set.of(AssetCategory.PERSONAL_DATA, AssetCategory.MY_NUMBER)),
                                new ScopingFacts.Asset("Designs", Set.of(AssetCategory.TRADE_SECRET))),
                        new ScopingFacts.Service(Set.of("JP", "US"), "US", ServiceModel.SAAS)));
        assertThat(form.assets()).hasSize(3);
    }

    @Test
    void readsTheSharperFactsOfRuleSet2AndLeavesWhatIsNotAnsweredAsNotKnown() {
        ScopingForm form = ScopingForm.from(parameters(
                "sector", "FINANCE",
                "criticalInfrastructure", "YES",
                "assetName", "会計帳簿",
                "assetCategory", "0:BOARD_AND_FINANCIAL_RECORDS",
                "assetFinancialReporting", "0",
                "assetName", "図面",
                "assetCategory", "1:EXPORT_CONTROLLED_TECHNOLOGY",
                "dataLocation", "JP",
                "providerHeadquarters", "JP",
                "parentCountry", "アメリカ合衆国",
                "contractingEntityCountry", "IE",
                "operationLocations", "IN, US",
                "subprocessorCountries", "SG",
                "nonResidentAccess", "NO"));

        ScopingForm.Reading reading = form.read();

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.facts())
                .isEqualTo(new ScopingFacts(
                        new ScopingFacts.Organization(false, false, Set.of(Sector.FINANCE), true),
                        List.of(
                                new ScopingFacts.Asset("会計帳簿", Set.of(AssetCategory.BOARD_AND_FINANCIAL_RECORDS), true),
                                new ScopingFacts.Asset("図面", Set.of(AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY), null)),
                        new ScopingFacts.Service(
                                Set.of("JP"),
                                "JP",
                                null,
                                Set.of("IN", "US"),
                                new ScopingFacts.Party(null, "US"),
                                new ScopingFacts.Party(null, "IE"),
                                Set.of("SG"),
                                false)));
        ScopingForm again = ScopingForm.from(query(form.address("/scoping")));
        assertThat(again.read().facts()).as("the address keeps every answer").isEqualTo(reading.facts());

        ScopingFacts unanswered = ScopingForm.from(parameters("sector", "GENERAL", "dataLocation", "JP"))
                .read()
                .facts();
        assertThat(unanswered).isNotNull();
        assertThat(unanswered.organization().criticalInfrastructure()).isNull();
        assertThat(unanswered.service().nonResidentAccess()).isNull();
        assertThat(unanswered.service().parent()).isNull();
        assertThat(unanswered.service().operationLocations()).isEmpty();
    }

    @Test
    void countriesOfTheParentContractingEntityOperationsAndSubprocessorsMustBeKnown() {
        ScopingForm.Reading reading = ScopingForm.from(parameters(
                        "sector", "GENERAL",
                        "dataLocation", "JP",
                        "parentCountry", "Atlantis",
                        "contractingEntityCountry", "XX",
                        "operationLocations", "JP, Lemuria",
                        "subprocessorCountries", "ZZ"))
                .read();

        assertThat(reading.facts()).isNull();
        assertThat(reading.errors())
                .containsEntry("parentCountry", "scoping.page.error.country")
                .containsEntry("contractingEntityCountry", "scoping.page.error.country")
                .containsEntry("operationLocations", "scoping.page.error.country")
                .containsEntry("subprocessorCountries", "scoping.page.error.country");
        assertThat(reading.problems())
                .extracting(ScopingForm.Problem::labelKey)
                .contains("scoping.page.parentCountry", "scoping.page.subprocessorCountries");
    }

    @Test
    void theDefaultsAreTheProfilesFactsWithDataInJapanAndTheProviderNotChosen() {
        ScopingForm form = ScopingForm.defaults(true, false, Set.of(Sector.GENERAL), Tristate.UNKNOWN);

        assertThat(form.assets()).hasSize(ScopingForm.MIN_ROWS).allMatch(ScopingForm.AssetRow::blank);
        ScopingFacts facts = form.read().facts();
        assertThat(facts).isNotNull();
        assertThat(facts.organization().sectors()).containsExactly(Sector.GENERAL);
        assertThat(facts.organization().largeCompanyWithBoard()).isTrue();
        assertThat(facts.organization().listed()).isFalse();
        assertThat(facts.service().dataLocations()).containsExactly("JP");
        assertThat(facts.service().providerHeadquarters()).isNull();
        assertThat(facts.service().serviceModel()).isNull();
    }

    @Test
    void whatTheUserMustCorrectIsNamedAtItsField() {
        ScopingForm form = ScopingForm.from(parameters(
                "assetName", "Payroll",
                "assetName", "",
                "assetCategory", "1:TRADE_SECRET",
                "assetName", "x".repeat(ScopingForm.MAX_NAME_LENGTH + 1)));

        ScopingForm.Reading reading = form.read();

        assertThat(reading.facts()).isNull();
        assertThat(reading.errors())
                .containsExactly(
                        Map.entry("sector", "scoping.page.error.sectors"),
                        Map.entry("assetName-1", "scoping.page.error.assetName"),
                        Map.entry("assetName-2", "scoping.page.error.assetNameLength"),
                        Map.entry("dataLocation", "scoping.page.error.dataLocations"));
    }

    @Test
    void theSummaryLeadsToEachFieldByItsLabel() {
        ScopingForm.Reading reading = ScopingForm.from(parameters(
                        "sector", "BANKING",
                        "assetName", "",
                        "assetCategory", "0:OTHER",
                        "dataLocation", "JP",
                        "providerHeadquarters", "XX"))
                .read();

        assertThat(reading.problems())
                .containsExactly(
                        new ScopingForm.Problem("scoping-form", null, 0, "scoping.page.error.invalid"),
                        new ScopingForm.Problem(
                                "assetName-0", "scoping.page.assetName", 1, "scoping.page.error.assetName"),
                        new ScopingForm.Problem(
                                "providerHeadquarters",
                                "scoping.page.providerHeadquarters",
                                0,
                                "scoping.page.error.country"));
    }

    @Test
    void valuesNoFormOffersAreRefusedAsSuch() {
        for (MultiValueMap<String, String> tampered : List.of(
                parameters("sector", "BANKING", "dataLocation", "JP"),
                parameters("sector", "GENERAL", "dataLocation", "JP", "assetName", "A", "assetCategory", "0:SECRETS"),
                parameters("sector", "GENERAL", "dataLocation", "JP", "serviceModel", "CLOUD"),
                parameters("sector", "GENERAL", "dataLocation", "JP", "assetName", "A", "assetCategory", "99:OTHER"))) {
            ScopingForm.Reading reading = ScopingForm.from(tampered).read();

            assertThat(reading.facts()).as("%s", tampered).isNull();
            assertThat(reading.errors().values())
                    .as("%s", tampered)
                    .containsAnyOf("scoping.page.error.invalid", "scoping.page.error.assetName");
        }
        assertThat(ScopingForm.from(parameters("sector", "GENERAL", "dataLocation", "XX"))
                        .read()
                        .errors())
                .containsEntry("dataLocation", "scoping.page.error.country");
        assertThat(ScopingForm.from(parameters(
                                "sector", "GENERAL", "dataLocation", "JP", "providerHeadquarters", "Atlantis"))
                        .read()
                        .errors())
                .containsEntry("providerHeadquarters", "scoping.page.error.country");
    }

    @Test
    void addingAnAssetAddsOneEmptyRowUpToTheLimit() {
        ScopingForm one = ScopingForm.from(
                parameters("assetName", "A", "assetName", "B", "assetName", "C", ScopingForm.ADD_ROW, "true"));
        assertThat(one.assets()).hasSize(4);
        assertThat(one.assets().get(3).blank()).isTrue();

        String[] full = new String[ScopingForm.MAX_ROWS * 2 + 2];
        for (int i = 0; i < ScopingForm.MAX_ROWS; i++) {
            full[2 * i] = "assetName";
            full[2 * i + 1] = "Asset " + i;
        }
        full[full.length - 2] = ScopingForm.ADD_ROW;
        full[full.length - 1] = "true";
        ScopingForm atTheLimit = ScopingForm.from(parameters(full));
        assertThat(atTheLimit.assets()).hasSize(ScopingForm.MAX_ROWS);
        assertThat(atTheLimit.canAddRow()).isFalse();
    }

    @Test
    void theAddressCarriesTheAnswersBackUnchanged() {
        ScopingForm form = ScopingForm.from(parameters(
                "listed", "true",
                "sector", "MEDICAL",
                "assetName", "健診結果 & 面談記録 (C++ 版, 100%)",
                "assetName", "",
                "assetCategory", "0:SPECIAL_CARE_PERSONAL_DATA",
                "dataLocation", "JP",
                "dataLocation", "SG",
                "providerHeadquarters", "",
                "serviceModel", "IAAS"));

        String address = form.address("/scoping");

        assertThat(address).startsWith("/scoping?").matches("[\\x21-\\x7e]+");
        assertThat(ScopingForm.from(query(address))).isEqualTo(form);
    }

    @Test
    void everySectionIsReadInExactlyOneGroupOfTheReadingGuide() {
        for (Section section : Section.values()) {
            assertThat(Arrays.stream(ReadingGroup.values())
                            .filter(group -> group.sections().contains(section)))
                    .as("%s", section)
                    .hasSize(1);
        }
        assertThat(ReadingGroup.values())
                .containsExactly(
                        ReadingGroup.LIFECYCLE,
                        ReadingGroup.LEGAL,
                        ReadingGroup.OVERSEAS,
                        ReadingGroup.CONTRACT,
                        ReadingGroup.ASSURANCE);
        assertThat(ReadingGroup.of(Section.TAX_RECORDS)).isEqualTo(ReadingGroup.LEGAL);
    }

    /** The parameters of an address as a browser sends them back. */
    private static MultiValueMap<String, String> query(String address) {
        MultiValueMap<String, String> back = new LinkedMultiValueMap<>();
        for (String pair : address.substring(address.indexOf('?') + 1).split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            back.add(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return back;
    }

    private static MultiValueMap<String, String> parameters(String... namesAndValues) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    @Test
    void countriesAreReadFromNamesInEitherLanguageAndFromCodesInAnyCase() {
        ScopingForm form = ScopingForm.from(parameters(
                "dataLocation", "アメリカ合衆国",
                "dataLocation", "sg, Japan (JP)",
                "dataLocation", "",
                "providerHeadquarters", "Germany"));

        assertThat(form.dataLocations()).containsExactly("JP", "SG", "US");
        assertThat(form.providerHeadquarters()).isEqualTo("DE");
        assertThat(form.dataLocationFields()).containsExactly("JP", "SG", "US", "", "", "");
    }
}
