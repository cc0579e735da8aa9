package io.mekiki.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.Browser;
import io.mekiki.assessment.Findings;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A risk officer reads a candidate's risk view (heat map and its table), mitigates a finding in Japanese,
 * accepts another in English, and is refused the choice of the candidate while a blocking finding is open.
 */
class RiskBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final CatalogReleases releases;

    @Autowired
    RiskBrowserIT(IdentityFixtures fixtures, InitiativeFixtures initiatives, CatalogReleases releases) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.releases = releases;
    }

    @Test
    void theRiskViewDrawsTheSevenRisksAndFindingsAreDisposedInJapaneseAndEnglish() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String initiative =
                initiatives.initiative(officer.organizationId(), "経費精算の選定").toString();
        String provider = api.post("/api/v1/providers", Map.of("legalName", "経費クラウド株式会社", "headquartersCountry", "JP"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
        service.put("name", "経費クラウド");
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", List.of("JP"));
        service.put("operationLocations", List.of("JP"));
        String serviceId =
                api.post("/api/v1/services", service).json().get("id").asString();
        String candidate = api.post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", serviceId))
                .json()
                .get("id")
                .asString();
        List<String> blocking = blockingItems(api, officer, candidate);
        for (String item : blocking.subList(0, 2)) {
            assertThat(api.put(
                                    "/api/v1/assessments/" + candidate + "/answers/" + item,
                                    Map.of("status", "DOES_NOT_MEET", "answer", "対応していない"))
                            .status())
                    .isEqualTo(200);
        }
        signIn(officer);

        browser.open(url("/candidates/" + candidate));
        browser.click(By.id("risks-link"));
        browser.waitForText(By.tagName("h1"), "リスク評価");
        assertThat(browser.findAll(By.cssSelector("figure.heat-map svg rect.cell")))
                .hasSize(25);
        assertThat(browser.findAll(By.cssSelector("figure.heat-map svg g[data-risk]")))
                .hasSize(7);
        assertThat(browser.find(By.cssSelector("figure.heat-map svg title")).getAttribute("textContent"))
                .contains("経費クラウド");
        assertThat(browser.findAll(By.cssSelector("#risk-table tbody tr"))).hasSize(7);
        assertThat(browser.find(By.id("risk-table")).getText()).contains("ガバナンスの喪失", "海外にデータを置くことによるリスク", "対応前");
        List<WebElement> findings = browser.findAll(By.cssSelector("article.finding"));
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).getText()).contains("未対応", "選定を止める", "回答から自動");
        String first = findings.get(0).getAttribute("id");
        String second = findings.get(1).getAttribute("id");
        String secondItem =
                findings.get(1).findElement(By.cssSelector("h3 span")).getText();

        // mitigate the first, in Japanese
        WebElement article = browser.find(By.id(first));
        article.findElement(By.cssSelector("details.dispose summary")).click();
        article.findElement(By.cssSelector("input[name=disposition][value=MITIGATE]"))
                .click();
        article.findElement(By.name("action")).sendKeys("覚書で削除手順を定める");
        new Select(article.findElement(By.name("ownerId")))
                .selectByValue(officer.userId().toString());
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = '2027-01-31'", article.findElement(By.name("dueDate")));
        article.findElement(By.cssSelector("form.disposition-form button[type=submit]"))
                .click();
        browser.waitForText(By.cssSelector(".notice.success"), "対応方針を保存しました。");
        assertThat(browser.find(By.id(first)).getText()).contains("軽減策の実施待ち", "覚書で削除手順を定める", "2027-01-31");
        browser.find(By.id(first)).findElement(By.name("note")).sendKeys("覚書を締結した");
        browser.find(By.id(first))
                .findElement(By.cssSelector("form.done-form button[type=submit]"))
                .click();
        browser.waitForText(By.cssSelector(".notice.success"), "軽減策の完了を記録しました。");
        assertThat(browser.find(By.id(first)).getText()).contains("軽減済み", "覚書を締結した");
        browser.screenshot("risks-ja");

        // accept the second, in English: the decision is requested at once
        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        browser.waitForText(By.tagName("h1"), "Risk view");
        assertThat(browser.find(By.id("risk-table")).getText()).contains("Loss of governance", "After treatment");
        article = browser.find(By.id(second));
        article.findElement(By.cssSelector("details.dispose summary")).click();
        article.findElement(By.cssSelector("input[name=disposition][value=ACCEPT]"))
                .click();
        article.findElement(By.cssSelector("form.disposition-form button[type=submit]"))
                .click();
        browser.waitForText(By.id("risk-refusal"), "Please fill this in.");
        assertThat(browser.find(By.id("risk-refusal")).getText()).contains("Rationale");
        article = browser.find(By.id(second));
        article.findElement(By.cssSelector("input[name=disposition][value=ACCEPT]"))
                .click();
        article.findElement(By.name("rationale")).sendKeys("Compensating controls in house");
        article.findElement(By.cssSelector("form.disposition-form button[type=submit]"))
                .click();
        browser.waitForText(By.cssSelector(".notice.success"), "The disposition is saved.");
        assertThat(browser.find(By.id(second)).getText())
                .contains("Waiting for the decision to accept", "Compensating controls in house");
        assertThat(browser.find(By.cssSelector("#" + second + " a.acceptance-decision"))
                        .getText())
                .isEqualTo("Waiting for a decision");
        browser.screenshot("risks-en");
        browser.click(By.cssSelector("#" + second + " a.acceptance-decision"));
        browser.waitForText(By.tagName("h1"), secondItem);
        assertThat(browser.find(By.tagName("main")).getText()).contains("Compensating controls in house");

        // the candidate cannot be chosen while the second is open
        browser.open(url("/initiatives/" + initiative));
        browser.click(By.cssSelector("#candidates form.choose-form button[type=submit]"));
        browser.waitForText(By.id("choice-refusal"), "open blocking findings");
        assertThat(browser.find(By.id("choice-refusal")).getText()).contains(secondItem);
        assertThat(browser.find(By.cssSelector("#candidates a.risks-link")).getAttribute("href"))
                .endsWith("/candidates/" + candidate + "/risks");
    }

    private List<String> blockingItems(BearerClient api, MekikiUser officer, String candidate) {
        JsonNode assessment = api.get("/api/v1/assessments/" + candidate).json();
        CatalogRelease release = releases.release(
                officer.organizationId(), assessment.get("release").asString());
        List<String> blocking = new ArrayList<>();
        for (JsonNode item : assessment.get("items")) {
            String id = item.get("itemId").asString();
            if (release.item(id).orElseThrow().weight() >= Findings.BLOCKING_WEIGHT) {
                blocking.add(id);
            }
        }
        assertThat(blocking).hasSizeGreaterThanOrEqualTo(2);
        return blocking;
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }
}
