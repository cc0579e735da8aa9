package io.mekiki.scoping.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The what-applies page starts from the organisation's profile and offers the assets of its register. */
class ScopingRegisterIT extends ApplicationTest {

    private final IdentityFixtures fixtures;

    @Autowired
    ScopingRegisterIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void registeredAssetsCanBePickedAndTheProfileFillsInTheCompanyFacts() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        ApiCaller api = new ApiCaller(port);
        String token = fixtures.token(officer);
        assertThat(api.send(
                                "PUT",
                                "/api/v1/profile",
                                token,
                                ApiCaller.json(Map.of(
                                        "largeCompanyWithBoard",
                                        true,
                                        "listed",
                                        true,
                                        "sectors",
                                        List.of("GENERAL", "FINANCE"),
                                        "headquartersCountry",
                                        "JP")))
                        .statusCode())
                .isEqualTo(200);
        String created = api.send(
                        "POST",
                        "/api/v1/assets",
                        token,
                        ApiCaller.json(Map.of(
                                "name", "給与台帳",
                                "categories", List.of("PERSONAL_DATA", "BOARD_AND_FINANCIAL_RECORDS"),
                                "assetValue", "HIGH",
                                "riskTolerance", "LOW")))
                .body();
        String assetId = created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        PageClient browser = new PageClient(port).signedInAs(officer.email(), IdentityFixtures.PASSWORD);

        String page = browser.get("/scoping").body();
        assertThat(page).contains("給与台帳").contains("value=\"" + assetId + "\"");
        assertThat(page).containsPattern("name=\"largeCompanyWithBoard\"[^>]*checked");
        assertThat(page).containsPattern("value=\"FINANCE\"[^>]*checked");
        assertThat(page).doesNotContain("情報資産「給与台帳」");

        String picked = browser.get("/scoping?registerAsset=" + assetId
                        + "&largeCompanyWithBoard=true&sector=GENERAL&dataLocation=JP&providerHeadquarters=JP")
                .body();
        assertThat(picked).contains("情報資産「給与台帳」が個人情報を含みます。");
        assertThat(picked).contains("情報資産「給与台帳」が取締役会・財務報告に関する記録を含みます。");
    }
}
