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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** A risk officer opens a candidate's assessment from the candidate page and answers one item in Japanese. */
class AssessmentBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;

    @Autowired
    AssessmentBrowserIT(IdentityFixtures fixtures, InitiativeFixtures initiatives) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
    }

    @Test
    void anItemIsAnsweredInlineAndTheProgressCountsIt() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String initiative =
                initiatives.initiative(officer.organizationId(), "勤怠管理の選定").toString();
        String provider = api.post("/api/v1/providers", Map.of("legalName", "勤怠クラウド株式会社", "headquartersCountry", "JP"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
        service.put("name", "勤怠クラウド");
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", List.of("JP"));
        service.put("operationLocations", List.of("JP"));
        String serviceId =
                api.post("/api/v1/services", service).json().get("id").asString();
        String candidate = api.post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", serviceId))
                .json()
                .get("id")
                .asString();
        int total =
                api.get("/api/v1/assessments/" + candidate).json().get("total").asInt();
        signIn(officer);

        browser.open(url("/candidates/" + candidate));
        browser.click(By.id("assessment-link"));
        String page =
                browser.waitForText(By.id("assessment-total"), "0 / " + total).getText();
        assertThat(page).contains("項目に回答済み");
        assertThat(browser.find(By.tagName("main")).getText()).contains("評価", "求める証跡", "確認すること", "未回答");

        WebElement item =
                browser.findAll(By.cssSelector("article.assessment-item")).get(0);
        String itemId = item.getAttribute("id");
        item.findElement(By.tagName("summary")).click();
        new Select(item.findElement(By.name("status"))).selectByVisibleText("満たす");
        item.findElement(By.name("answer")).sendKeys("契約書 第12条で国内保管を確認");
        item.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitForText(By.id("assessment-total"), "1 / " + total);
        String answered = browser.find(By.id(itemId)).getText();
        assertThat(answered).contains("満たす", "契約書 第12条で国内保管を確認", "事業者の回答");
        assertThat(browser.find(By.id("assessment-progress")).getText()).contains("1 / ");
        browser.screenshot("assessment-ja");
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }
}
