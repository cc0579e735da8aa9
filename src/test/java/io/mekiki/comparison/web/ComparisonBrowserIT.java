package io.mekiki.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.Browser;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A risk officer sets the criteria from the starting set, scores two candidates and keeping it in-house on the
 * comparison page, reads it in Japanese and English, hides a column and orders the columns by weighted score.
 */
class ComparisonBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;

    @Autowired
    ComparisonBrowserIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void criteriaAndScoresAreSetOnThePageWhichReadsInBothLanguagesWithColumnsHiddenAndOrdered() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String asset = api.post(
                        "/api/v1/assets",
                        Map.of(
                                "name", "勤怠記録",
                                "categories", List.of("PERSONAL_DATA"),
                                "assetValue", "HIGH",
                                "riskTolerance", "LOW",
                                "currentControls", "社内サーバーで夜間バックアップ",
                                "currentAnnualCost", 2_400_000,
                                "currentServiceLevel", "稼働率99.5%"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", "勤怠管理の選定");
        plan.put("businessOwnerId", owner.userId().toString());
        plan.put("kpis", List.of(Map.of("name", "締め処理の日数", "unit", "日", "baseline", 5, "target", 2)));
        plan.put("assetIds", List.of(asset));
        plan.put("dataLocations", List.of("JP"));
        String initiative =
                api.post("/api/v1/initiatives", plan).json().get("id").asString();
        String first = candidate(api, initiative, "勤怠クラウドA");
        String second = candidate(api, initiative, "勤怠クラウドB");
        signIn(officer);

        browser.open(url("/initiatives/" + initiative));
        browser.click(By.id("comparison-link"));
        browser.find(By.id("no-criteria"));
        assertThat(browser.find(By.id("starter-note")).getText()).contains("重みの合計100");
        assertThat(browser.find(By.id("criterion-name-0")).getAttribute("value"))
                .isEqualTo("クラウド事業者の経営状態と事業継続性");
        browser.click(By.cssSelector("#criteria-form button[type=submit]"));
        browser.waitForText(By.id("criteria-version"), "第1版（5項目）");

        score(first, "2");
        score(second, "5");
        score("in-house", "1");
        assertThat(browser.findAll(By.tagName("h1")))
                .as("each form replaces the body alone")
                .hasSize(1);
        assertThat(weighted(first)).isEqualTo("25.0");
        assertThat(weighted(second)).isEqualTo("100.0");
        assertThat(weighted("in-house")).isEqualTo("0.0");
        assertThat(browser.find(By.cssSelector("#row-weightedScore td.best")).getAttribute("data-column"))
                .isEqualTo(second);
        assertThat(browser.find(By.cssSelector("#row-weightedScore td.worst")).getAttribute("data-column"))
                .isEqualTo("in-house");

        browser.click(By.cssSelector("#costs-" + first + " summary"));
        browser.type(By.id("initial-" + first), "500000");
        browser.type(By.id("monthly-" + first), "100000");
        browser.click(By.cssSelector("#costs-" + first + " button[type=submit]"));
        browser.waitForText(By.cssSelector("#row-cost-total5Years td[data-column='" + first + "']"), "6,500,000円");
        assertThat(browser.find(By.cssSelector("#row-cost-total5Years td[data-column='in-house']"))
                        .getText())
                .contains("12,000,000円");

        String page = browser.find(By.tagName("main")).getText();
        assertThat(page).contains("比較表", "加重評点（100点満点）", "自社運用の継続", "5年間の総額", "確認項目への適合", "KPIへの適合", "社内サーバーで夜間バックアップ");
        assertThat(browser.findAll(By.cssSelector("#score-chart svg rect"))).hasSizeGreaterThan(10);
        assertThat(browser.find(By.id("score-chart-text")).getText()).contains("勤怠クラウドB: 100.0点");
        browser.screenshot("comparison-ja");

        // hide the second candidate, then order the columns by weighted score
        assertThat(columnOrder()).containsExactly(first, second, "in-house");
        browser.click(By.cssSelector("input[data-hide-column='" + second + "']"));
        assertThat(browser.findAll(By.cssSelector("#comparison-table th[data-column='" + second + "']"))
                        .get(0)
                        .isDisplayed())
                .isFalse();
        browser.click(By.cssSelector("input[data-hide-column='" + second + "']"));
        new Select(browser.find(By.id("sort-columns"))).selectByValue("weightedScore");
        assertThat(columnOrder()).containsExactly(second, first, "in-house");
        assertThat(browser.findAll(By.cssSelector("#row-weightedScore td"))
                        .get(0)
                        .getAttribute("data-column"))
                .as("the cells follow their headings")
                .isEqualTo(second);

        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        String english = browser.find(By.tagName("main")).getText();
        assertThat(english)
                .contains(
                        "Comparison",
                        "Weighted score (out of 100)",
                        "Keep it in-house",
                        "Total over 5 years",
                        "¥6,500,000",
                        "Information security · weight 30% · scale 1–5",
                        "クラウド事業者の経営状態と事業継続性");
        new Select(browser.find(By.id("sort-columns"))).selectByValue("cost-total5Years");
        assertThat(columnOrder()).containsExactly(first, "in-house", second);
        browser.screenshot("comparison-en");
    }

    private void score(String column, String value) {
        browser.click(By.cssSelector("#scores-" + column + " summary"));
        for (WebElement select :
                browser.findAll(By.cssSelector("form.score-form[data-column='" + column + "'] select"))) {
            new Select(select).selectByValue(value);
        }
        browser.click(By.cssSelector("form.score-form[data-column='" + column + "'] button[type=submit]"));
        browser.waitForText(By.cssSelector("#row-criteriaScored td[data-column='" + column + "']"), "5 / 5");
    }

    private String weighted(String column) {
        return browser.find(By.cssSelector("#row-weightedScore td[data-column='" + column + "'] .cell-text"))
                .getText();
    }

    private List<String> columnOrder() {
        return browser.findAll(By.cssSelector("#comparison-table thead th[data-column]")).stream()
                .map(th -> th.getAttribute("data-column"))
                .toList();
    }

    private static String candidate(BearerClient api, String initiative, String name) {
        String provider = api.post("/api/v1/providers", Map.of("legalName", name + "株式会社", "headquartersCountry", "JP"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
        service.put("name", name);
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", List.of("JP"));
        service.put("operationLocations", List.of("JP"));
        String serviceId =
                api.post("/api/v1/services", service).json().get("id").asString();
        return api.post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", serviceId))
                .json()
                .get("id")
                .asString();
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }
}
