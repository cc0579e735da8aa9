package io.mekiki.selection.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.Browser;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A risk officer adds a US-parented service with a Japanese region as a candidate of an initiative and
 * reads its scoping, in Japanese through the search page (refused once without a choice) and in English
 * through the panel of the initiative page.
 */
class CandidatesBrowserIT extends ApplicationTest {

    private static final By MAIN = By.tagName("main");
    private static final String PARENT = "Northwind Holdings, Inc.";

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;

    @Autowired
    CandidatesBrowserIT(IdentityFixtures fixtures, InitiativeFixtures initiatives) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
    }

    @Test
    void aCandidateIsAddedThroughTheSearchAndItsScopingNamesTheParentInJapanese() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID initiative = initiatives.initiative(officer.organizationId(), "会計システムの選定");
        service(officer, "Northwind Mail");
        signIn(officer);

        browser.open(url("/initiatives/" + initiative));
        assertThat(browser.find(By.id("candidates")).getText())
                .contains("候補", "まだ候補はありません。", "Northwind Mail — Northwind Japan K.K.");
        browser.click(By.cssSelector("#candidates a[href$='/candidates/new']"));
        browser.type(By.id("q"), "northwind");
        browser.click(By.cssSelector("form[role=search] button[type=submit]"));
        browser.waitForText(MAIN, "Northwind Mail");
        browser.click(By.cssSelector("form[method=post] button.primary"));
        assertThat(browser.waitForText(By.cssSelector(".error-summary"), "候補に加えるサービスを選んでください。")
                        .getText())
                .contains("サービス");

        browser.click(By.id("serviceId"));
        browser.click(By.cssSelector("form[method=post] button.primary"));
        String page = browser.waitForText(MAIN, "候補に加え、適用判定を行いました。").getText();
        assertThat(page)
                .contains(
                        "Northwind Mail",
                        "この候補の適用判定",
                        "海外のデータセンター・事業者",
                        "事業者の最終親会社「" + PARENT + "」が日本国外（アメリカ合衆国 (US)）にあります。");
        browser.screenshot("candidate-ja");

        browser.click(By.cssSelector(".eyebrow a[href*='/initiatives/']:not([href$='/initiatives'])"));
        String panel =
                browser.waitForText(By.id("candidates"), "Northwind Mail").getText();
        assertThat(panel).contains("Northwind Japan K.K.", "国外が関係", "日本 (JP)").doesNotContain("まだ候補はありません。");
        browser.screenshot("candidates-panel-ja");
    }

    @Test
    void aCandidateIsAddedFromTheInitiativePageInEnglish() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID initiative = initiatives.initiative(officer.organizationId(), "Accounting in the cloud");
        String service = service(officer, "Northwind Books");
        signIn(officer);
        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");

        browser.open(url("/initiatives/" + initiative));
        assertThat(browser.find(By.id("candidates")).getText()).contains("No candidates yet.");
        new Select(browser.find(By.id("candidate-service"))).selectByValue(service);
        browser.click(By.cssSelector("form.candidate-add button[type=submit]"));
        String page = browser.waitForText(MAIN, "The candidate has been added and scoped.")
                .getText();
        assertThat(page)
                .contains(
                        "What applies to this candidate",
                        "Overseas data centres and providers",
                        "The provider's ultimate parent, '" + PARENT + "', is outside Japan (United States (US)).");
        browser.screenshot("candidate-en");
    }

    /** A service of a Japanese subsidiary of a US group, with its data in Japan; through the API. */
    private String service(MekikiUser officer, String name) {
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("legalName", "Northwind Japan K.K.");
        provider.put("headquartersCountry", "JP");
        provider.put("parentName", PARENT);
        provider.put("parentCountry", "US");
        String providerId =
                api.post("/api/v1/providers", provider).json().get("id").asString();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", providerId);
        service.put("name", name);
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", List.of("JP"));
        service.put("operationLocations", List.of("JP"));
        return api.post("/api/v1/services", service).json().get("id").asString();
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }
}
