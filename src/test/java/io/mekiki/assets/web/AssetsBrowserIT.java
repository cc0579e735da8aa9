package io.mekiki.assets.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The register in real headless Chromium: htmx narrows the list while the user types. */
class AssetsBrowserIT extends ApplicationTest {

    private static WebDriver browser;

    private final IdentityFixtures fixtures;

    @Autowired
    AssetsBrowserIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @BeforeAll
    static void startBrowser() {
        browser = io.mekiki.Browser.chromium("ja", null, true);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theListNarrowsAsTheUserTypesAndChoosesACategory() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        api.post("/api/v1/assets", asset("顧客台帳", "PERSONAL_DATA"));
        api.post("/api/v1/assets", asset("会計帳簿", "TAX_RECORDS"));
        api.post("/api/v1/assets", asset("設計図面", "TRADE_SECRET"));
        signIn(officer);

        browser.get(url("/assets"));
        assertThat(results()).contains("顧客台帳", "会計帳簿", "設計図面");

        browser.findElement(By.id("q")).sendKeys("会計");
        waitUntil(() -> !results().contains("顧客台帳"));
        assertThat(results()).contains("会計帳簿", "1 件").doesNotContain("設計図面");
        assertThat(browser.getCurrentUrl()).contains("q=");

        browser.findElement(By.id("q")).clear();
        new Select(browser.findElement(By.id("category"))).selectByValue("TRADE_SECRET");
        waitUntil(() -> results().contains("設計図面") && !results().contains("会計帳簿"));
        assertThat(results()).doesNotContain("顧客台帳");
    }

    @Test
    void anAssetIsRegisteredThroughTheFormAndShownOnItsPage() {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);
        signIn(owner);

        browser.get(url("/assets/new"));
        browser.findElement(By.id("name")).sendKeys("人事評価データ");
        browser.findElement(By.cssSelector("input[name=categories][value=SPECIAL_CARE_PERSONAL_DATA]"))
                .click();
        browser.findElement(By.cssSelector("input[name=assetValue][value=HIGH]"))
                .click();
        browser.findElement(By.cssSelector("form.asset-form button[type=submit]"))
                .click();

        waitUntil(() -> browser.getPageSource().contains("高・中・低から選んでください"));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("人事評価データ");
        browser.findElement(By.cssSelector("input[name=riskTolerance][value=LOW]"))
                .click();
        browser.findElement(By.id("currentAnnualCost")).sendKeys("480000");
        browser.findElement(By.cssSelector("form.asset-form button[type=submit]"))
                .click();

        waitUntil(() -> browser.getCurrentUrl().matches(".*/assets/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("資産を登録しました。", "人事評価データ", "要配慮個人情報", "480,000 円");
    }

    private void signIn(MekikiUser user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(user.email());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        waitUntil(() -> !browser.getCurrentUrl().contains("/login"));
    }

    private static String results() {
        return browser.findElement(By.id("asset-results")).getText();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                return condition.getAsBoolean();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    private static Map<String, Object> asset(String name, String category) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("name", name);
        asset.put("categories", List.of(category));
        asset.put("assetValue", "MEDIUM");
        asset.put("riskTolerance", "MEDIUM");
        return asset;
    }
}
