package io.mekiki.assessment.web;

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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessment page in a real browser, in Japanese and in English: a risk officer confirms an answer derived
 * from the service record and adds a link as evidence; a business owner comments on the answer (ADR 029).
 */
class AssessmentAnswersBrowserIT extends ApplicationTest {

    private static final String ITEM = "OS-LAW-01";

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser ownerBrowser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;

    @Autowired
    AssessmentAnswersBrowserIT(IdentityFixtures fixtures, InitiativeFixtures initiatives) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
    }

    @Test
    void inJapaneseADerivedAnswerIsConfirmedALinkAddedAndTheBusinessOwnerComments() {
        walkThrough("ja", new Words("確認待ち", "確認: ", "準拠法", "契約書の準拠法条項", "この準拠法なら法務部としても問題ありません。"));
    }

    @Test
    void inEnglishADerivedAnswerIsConfirmedALinkAddedAndTheBusinessOwnerComments() {
        walkThrough(
                "en",
                new Words(
                        "Waiting for confirmation",
                        "Confirmed: ",
                        "Governing law",
                        "Governing-law clause",
                        "Legal is fine with this governing law."));
    }

    private void walkThrough(String language, Words words) {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        String candidate = candidate(officer);
        String page = url("/candidates/" + candidate + "/assessment");
        By item = By.id("item-" + ITEM);

        signIn(officerBrowser, officer, language);
        officerBrowser.open(page);
        String before = officerBrowser.find(item).getText();
        assertThat(before).contains(words.waiting(), words.fact(), "日本法");

        officerBrowser.click(By.cssSelector("#item-" + ITEM + " .confirm-form button"));
        officerBrowser.waitForText(By.cssSelector("#item-" + ITEM + " .confirmed"), words.confirmed());
        assertThat(officerBrowser.find(item).getText())
                .contains(officer.displayName())
                .doesNotContain(words.waiting());

        officerBrowser.click(By.cssSelector("#item-" + ITEM + " details.add-link summary"));
        officerBrowser.type(By.id("link-" + ITEM), "https://trust.example.com/terms#governing-law");
        officerBrowser.type(By.id("link-title-" + ITEM), words.title());
        officerBrowser.click(By.cssSelector("#item-" + ITEM + " .link-form button"));
        officerBrowser.waitForText(By.cssSelector("#item-" + ITEM + " li.attached"), words.title());
        assertThat(officerBrowser
                        .find(By.cssSelector("#item-" + ITEM + " li.attached a"))
                        .getDomAttribute("href"))
                .isEqualTo("https://trust.example.com/terms#governing-law");
        officerBrowser.screenshot("assessment-answers-officer-" + language);

        signIn(ownerBrowser, owner, language);
        ownerBrowser.open(page);
        assertThat(ownerBrowser.findAll(By.cssSelector("#item-" + ITEM + " .confirm-form")))
                .as("a business owner comments, does not confirm")
                .isEmpty();
        ownerBrowser.type(By.id("comment-" + ITEM), words.comment());
        ownerBrowser.click(By.cssSelector("#item-" + ITEM + " .comment-form button"));
        ownerBrowser.waitForText(By.cssSelector("#item-" + ITEM + " li.comment"), words.comment());
        assertThat(ownerBrowser
                        .find(By.cssSelector("#item-" + ITEM + " li.comment"))
                        .getText())
                .contains(owner.displayName());
        ownerBrowser.screenshot("assessment-answers-owner-" + language);
    }

    /** A candidate whose service record settles the governing-law item (a foreign provider: overseas items). */
    private String candidate(MekikiUser officer) {
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String initiative =
                initiatives.initiative(officer.organizationId(), "グループウェアの選定").toString();
        String provider = api.post(
                        "/api/v1/providers",
                        Map.of("legalName", "Browser Cloud " + UUID.randomUUID(), "headquartersCountry", "US"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
        service.put("name", "Browser Workspace");
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", List.of("JP"));
        service.put("operationLocations", List.of("JP"));
        service.put("governingLaw", "日本法");
        String serviceId =
                api.post("/api/v1/services", service).json().get("id").asString();
        return api.post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", serviceId))
                .json()
                .get("id")
                .asString();
    }

    private void signIn(Browser browser, MekikiUser user, String language) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
        if (language.equals("en")) {
            browser.click(By.cssSelector("form.lang-switch button[value=en]"));
            browser.waitForLanguage("en");
        }
    }

    record Words(String waiting, String confirmed, String fact, String title, String comment) {}
}
