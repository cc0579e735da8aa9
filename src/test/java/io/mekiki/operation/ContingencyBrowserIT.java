package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contingency in three headless Chromiums: the executive opens it through the form (a refused form first), the
 * auditor sees the banner on every page, in Japanese and in English, the risk officer records on the timeline,
 * the executive closes it with the review (refused without), and the banner is gone.
 */
class ContingencyBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser executiveBrowser = Browser.japanese();

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser auditorBrowser = Browser.japanese();

    private final IdentityFixtures fixtures;

    @Autowired
    ContingencyBrowserIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void theBannerShowsWhileTheContingencyIsOpenAndGoesWithItsReview() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);
        String initiative = initiative(new BearerClient(url(""), fixtures.token(officer)), owner, "給与計算 SaaS");
        signIn(executiveBrowser, executive);
        signIn(officerBrowser, officer);
        signIn(auditorBrowser, auditor);

        auditorBrowser.open(url("/initiatives"));
        assertThat(auditorBrowser.findAll(By.cssSelector(".contingency-banner")))
                .as("nothing open")
                .isEmpty();

        // the executive opens it; a form without a title comes back with the message on the field
        executiveBrowser.open(url("/contingencies"));
        executiveBrowser.click(By.cssSelector("a[href$='/contingencies/new']"));
        new Select(executiveBrowser.find(By.id("contingency-kind"))).selectByValue("WIDE_AREA_DISASTER");
        executiveBrowser.type(By.id("contingency-description"), "大阪リージョンが洪水で停止し、給与計算ができない。");
        executiveBrowser.click(By.cssSelector("input[name=initiativeIds][value='" + initiative + "']"));
        executiveBrowser.click(By.cssSelector("form button[type=submit].primary"));
        assertThat(executiveBrowser
                        .waitForText(By.cssSelector(".error-summary"), "件名")
                        .getText())
                .contains("入力してください");
        executiveBrowser.type(By.id("contingency-title"), "大阪データセンター洪水");
        executiveBrowser.click(By.cssSelector("form button[type=submit].primary"));
        assertThat(executiveBrowser.find(By.cssSelector(".notice.success")).getText())
                .contains("大阪データセンター洪水");
        String page = executiveBrowser.driver().getCurrentUrl();
        assertThat(executiveBrowser.find(By.cssSelector(".contingency-status")).getText())
                .isEqualTo("対応中");

        // every role sees it on every page of the organisation, in its language
        auditorBrowser.open(url("/initiatives"));
        assertThat(auditorBrowser.find(By.cssSelector(".contingency-banner")).getText())
                .contains("不測事態に対応中です", "大阪データセンター洪水", "広域災害", executive.displayName());
        auditorBrowser.screenshot("contingency-banner-ja");
        auditorBrowser.click(By.cssSelector("form.lang-switch button[value=en]"));
        auditorBrowser.waitForLanguage("en");
        assertThat(auditorBrowser.find(By.cssSelector(".contingency-banner")).getText())
                .contains("A contingency is being handled", "Wide-area disaster");
        auditorBrowser.click(By.cssSelector(".contingency-banner a"));
        auditorBrowser.waitForText(By.tagName("h1"), "大阪データセンター洪水");
        assertThat(auditorBrowser.findAll(By.cssSelector("form.entry-form")))
                .as("auditors read")
                .isEmpty();

        // the risk officer records a communication to an authority on the timeline
        officerBrowser.open(page);
        new Select(officerBrowser.find(By.id("entry-kind"))).selectByValue("AUTHORITY_COMMUNICATION");
        officerBrowser.type(By.id("entry-text"), "速報を提出した。");
        officerBrowser.click(By.cssSelector("form.entry-form button[type=submit]"));
        assertThat(officerBrowser
                        .waitForText(By.cssSelector(".error-summary"), "連絡先の当局")
                        .getText())
                .contains("入力してください");
        officerBrowser.type(By.id("entry-authority"), "個人情報保護委員会");
        officerBrowser.type(By.id("entry-reference"), "PPC-0042");
        officerBrowser.click(By.cssSelector("form.entry-form button[type=submit]"));
        assertThat(officerBrowser.find(By.id("entry-1")).getText())
                .contains("当局への連絡", "個人情報保護委員会", "PPC-0042", "速報を提出した。", officer.displayName());

        // the executive closes it: the review is required, and then the page is read-only
        executiveBrowser.open(page);
        executiveBrowser.click(By.cssSelector("a[href$='/closure']"));
        executiveBrowser.type(By.id("review-worked"), "代替手順に1時間で切り替えられた。");
        executiveBrowser.click(By.cssSelector("form button[type=submit].primary"));
        assertThat(executiveBrowser.find(By.cssSelector(".error-summary")).getText())
                .contains("うまくいかなかったこと");
        assertThat(executiveBrowser.find(By.id("review-worked")).getDomProperty("value"))
                .as("what was typed comes back")
                .isEqualTo("代替手順に1時間で切り替えられた。");
        executiveBrowser.type(By.id("review-notWorked"), "顧客への連絡が報道より遅れた。");
        executiveBrowser.type(By.id("review-actions"), "顧客向けの連絡文を事前に用意する。");
        executiveBrowser.click(By.cssSelector("form button[type=submit].primary"));
        executiveBrowser.find(By.cssSelector(".notice.success"));
        assertThat(executiveBrowser.find(By.cssSelector(".contingency-status")).getText())
                .isEqualTo("振り返り済み・終了");
        assertThat(executiveBrowser.find(By.cssSelector(".review")).getText()).contains("顧客への連絡が報道より遅れた。");
        assertThat(executiveBrowser.findAll(By.cssSelector("form.entry-form"))).isEmpty();
        assertThat(executiveBrowser.findAll(By.cssSelector(".contingency-banner")))
                .isEmpty();

        auditorBrowser.open(url("/initiatives"));
        auditorBrowser.find(By.tagName("h1"));
        assertThat(auditorBrowser.findAll(By.cssSelector(".contingency-banner")))
                .as("gone once closed")
                .isEmpty();
        auditorBrowser.open(page);
        assertThat(auditorBrowser.find(By.cssSelector(".review")).getText()).contains("Review", "What did not work");
        auditorBrowser.screenshot("contingency-closed-en");
    }

    private static String initiative(BearerClient officer, MekikiUser owner, String title) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", title);
        plan.put("businessOwnerId", owner.userId().toString());
        plan.put("purpose", "給与計算を外部に預ける");
        plan.put("benefits", "運用負荷の削減");
        plan.put("assetIds", List.of());
        plan.put("serviceModel", "SAAS");
        plan.put("deployment", "PUBLIC");
        plan.put("dataLocations", List.of("JP"));
        Response created = officer.post("/api/v1/initiatives", plan);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void signIn(Browser browser, MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }
}
