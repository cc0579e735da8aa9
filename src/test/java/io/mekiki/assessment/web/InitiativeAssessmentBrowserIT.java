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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An executive reads the assessments of two candidates side by side, in Japanese then in English: from the
 * initiative's candidates to the matrix, filtered to one section and to the gaps by the plain form, then from a
 * cell to the candidate's answer.
 */
class InitiativeAssessmentBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;

    @Autowired
    InitiativeAssessmentBrowserIT(IdentityFixtures fixtures, InitiativeFixtures initiatives) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
    }

    @Test
    void theMatrixIsReadFilteredAndLeadsToTheCandidatesAnswerInBothLanguages() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String initiative =
                initiatives.initiative(officer.organizationId(), "経費精算の選定").toString();
        String domestic = candidate(api, initiative, "国内経費クラウド", "JP");
        String abroad = candidate(api, initiative, "Global Expense", "US");
        JsonNode items = api.get("/api/v1/assessments/" + abroad).json().get("items");
        String gapItem = items.get(0).get("itemId").asString();
        String gapSection = items.get(0).get("section").asString();
        answer(api, abroad, gapItem, "DOES_NOT_MEET", "海外拠点での保管を否定できない");
        answer(api, domestic, gapItem, "MEETS", "国内のみ");
        String metItem = items.get(1).get("itemId").asString();
        answer(api, abroad, metItem, "MEETS", "確認済み");
        signIn(executive);

        browser.open(url("/initiatives/" + initiative));
        browser.click(By.id("initiative-assessment-link"));
        browser.waitForText(By.tagName("h1"), "全候補の評価");
        assertThat(browser.find(By.id("matrix-summary")).getText()).contains("候補 2 件", "回答 3 件");
        String header = browser.find(By.cssSelector("#assessment-matrix thead")).getText();
        assertThat(header).contains("国内経費クラウド", "Global Expense", "1 / ", "2 / ", "不足 1");
        assertThat(browser.find(By.cssSelector("tr[data-item='" + gapItem + "']"))
                        .getText())
                .contains(gapItem, "満たさない", "満たす");
        int allRows = browser.findAll(By.cssSelector("#assessment-matrix tr[data-item]"))
                .size();
        assertThat(allRows).isGreaterThan(3);
        browser.screenshot("initiative-assessment-ja");

        new Select(browser.find(By.id("matrix-section"))).selectByValue(gapSection);
        browser.click(By.id("matrix-gaps"));
        browser.click(By.cssSelector("#matrix-filter button[type=submit]"));
        browser.waitForUrl("gaps=true");
        assertThat(browser.findAll(By.cssSelector("#assessment-matrix tr[data-item]")))
                .hasSize(1)
                .first()
                .satisfies(row -> assertThat(row.getAttribute("data-item")).isEqualTo(gapItem));
        assertThat(browser.find(By.id("matrix-gaps")).isSelected()).isTrue();

        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        browser.waitForText(By.tagName("h1"), "Assessments of all candidates");
        assertThat(browser.find(By.id("matrix-summary")).getText()).contains("2 candidates", "3 answers");
        assertThat(browser.find(By.cssSelector("tr[data-item='" + gapItem + "']"))
                        .getText())
                .contains("Does not meet", "Meets");
        browser.screenshot("initiative-assessment-en");

        browser.click(By.cssSelector("tr[data-item='" + gapItem + "'] a[href='/candidates/" + abroad
                + "/assessment#item-" + gapItem + "']"));
        browser.waitForUrl("/candidates/" + abroad + "/assessment#item-" + gapItem);
        assertThat(browser.find(By.id("item-" + gapItem)).getText()).contains("Does not meet", "海外拠点での保管を否定できない");
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }

    private static void answer(BearerClient api, String candidate, String itemId, String status, String text) {
        assertThat(api.put(
                                "/api/v1/assessments/" + candidate + "/answers/" + itemId,
                                Map.of("status", status, "answer", text))
                        .status())
                .isEqualTo(200);
    }

    private static String candidate(BearerClient api, String initiative, String name, String country) {
        String provider = api.post(
                        "/api/v1/providers", Map.of("legalName", name + " 株式会社", "headquartersCountry", country))
                .json()
                .get("id")
                .asString();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
        service.put("name", name);
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", List.of(country));
        service.put("operationLocations", List.of(country));
        String serviceId =
                api.post("/api/v1/services", service).json().get("id").asString();
        return api.post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", serviceId))
                .json()
                .get("id")
                .asString();
    }
}
