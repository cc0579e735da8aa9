package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.Browser;
import io.mekiki.ContractWork;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A yearly supervision review in two headless Chromiums, in Japanese: the executive's home lists it coming due;
 * the risk officer reads the compiled year, writes the assessment (refused empty first) and submits; the
 * executive approves the supervision on its decision, then decides on the review to continue with conditions,
 * and the initiative starts its second year. One check in English.
 */
class ReviewBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser executiveBrowser = Browser.japanese();

    private final IdentityFixtures fixtures;

    @Autowired
    ReviewBrowserIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void theRiskOfficerSubmitsAndTheExecutiveContinuesWithConditions() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        ContractWork.Team team = new ContractWork.Team(
                new BearerClient(url(""), fixtures.token(officer)),
                new BearerClient(url(""), fixtures.token(executive)),
                officer.userId(),
                owner.userId());
        ContractWork.InApplication applying = ContractWork.inApplication(team, "勤怠管理SaaS");
        Map<String, Object> record = new LinkedHashMap<>(ContractWork.record());
        record.put(
                "startsOn",
                LocalDate.now(ZoneId.of("Asia/Tokyo"))
                        .minusYears(1)
                        .plusDays(20)
                        .toString());
        String contractId = ContractWork.contract(team.officer(), applying.initiativeId(), record);
        ContractWork.approveApplication(team, applying.initiativeId());
        ContractWork.move(team, applying.initiativeId(), "OPERATION");
        signIn(officerBrowser, officer);
        signIn(executiveBrowser, executive);

        // the executive's home lists the review coming due (in 49 days)
        assertThat(executiveBrowser.find(By.id("home-reviews-due")).getText()).contains("期限が近い監督レビュー", "1年目", "あと49日");

        // the risk officer finds it from the contract, reads the year and writes the assessment
        officerBrowser.open(url("/contracts/" + contractId));
        officerBrowser.click(By.id("reviews-link"));
        officerBrowser.click(By.cssSelector("#reviews-table a"));
        officerBrowser.waitForText(By.tagName("h1"), "1年目の監督レビュー");
        assertThat(officerBrowser.find(By.id("review-status")).getText()).isEqualTo("未着手");
        assertThat(officerBrowser.find(By.id("review-sla")).getText()).contains("SLAの達成状況", "違反 0件");
        assertThat(officerBrowser.find(By.id("review-findings-summary")).getText())
                .contains("0件のうち 0件を完了");
        String page = officerBrowser.driver().getCurrentUrl();
        officerBrowser.type(By.id("assessment-conclusion"), "監督は十分に行われた");
        officerBrowser.click(By.id("assessment-save"));
        assertThat(officerBrowser
                        .waitForText(By.cssSelector(".error-summary"), "所見")
                        .getText())
                .contains("入力してください");
        assertThat(officerBrowser.find(By.id("assessment-conclusion")).getDomProperty("value"))
                .as("what was typed comes back")
                .isEqualTo("監督は十分に行われた");
        officerBrowser.type(By.id("assessment-narrative"), "SLAは全期間で達成。事業者による変更はなかった。");
        new Select(officerBrowser.find(By.id("assessment-recommendedOutcome")))
                .selectByValue("CONTINUE_WITH_CONDITIONS");
        officerBrowser.click(By.id("assessment-save"));
        assertThat(officerBrowser.find(By.cssSelector(".notice.success")).getText())
                .contains("評価を保存しました");
        assertThat(officerBrowser.find(By.id("review-status")).getText()).isEqualTo("作成中");
        officerBrowser.click(By.id("review-submit"));
        assertThat(officerBrowser.find(By.cssSelector(".notice.success")).getText())
                .contains("提出しました");
        assertThat(officerBrowser.find(By.id("review-status")).getText()).isEqualTo("提出済み（承認待ち）");
        assertThat(officerBrowser.findAll(By.id("assessment-form")))
                .as("read-only once submitted")
                .isEmpty();
        officerBrowser.screenshot("review-submitted-ja");

        // the executive approves the supervision on its decision, then decides on the review
        executiveBrowser.open(page);
        assertThat(executiveBrowser.findAll(By.id("decision-form")))
                .as("not before the approval")
                .isEmpty();
        executiveBrowser.click(By.id("approval-decision-link"));
        executiveBrowser.click(By.cssSelector("#decide input[name=outcome][value=APPROVED]"));
        executiveBrowser.type(By.id("rationale"), "監督の状況は十分である。");
        executiveBrowser.click(By.cssSelector("#decide button[type=submit]"));
        executiveBrowser.find(By.cssSelector(".notice.success"));
        executiveBrowser.open(page);
        assertThat(executiveBrowser.find(By.id("review-status")).getText()).isEqualTo("監督承認済み（継続判断待ち）");
        executiveBrowser.click(By.id("decision-outcome-CONTINUE_WITH_CONDITIONS"));
        executiveBrowser.type(By.id("decision-rationale"), "事業者の変更を注視しつつ継続する。");
        executiveBrowser.click(By.id("decision-submit"));
        assertThat(executiveBrowser
                        .waitForText(By.cssSelector(".error-summary"), "条件")
                        .getText())
                .contains("1件以上");
        executiveBrowser.type(By.id("decision-conditions"), "四半期ごとに事業者の変更を確認する");
        executiveBrowser.click(By.id("decision-submit"));
        assertThat(executiveBrowser.find(By.cssSelector(".notice.success")).getText())
                .contains("継続利用を判断しました", "条件付きで継続する");
        assertThat(executiveBrowser.find(By.id("review-status")).getText()).isEqualTo("継続判断済み");
        executiveBrowser.click(By.id("continuation-decision-link"));
        assertThat(executiveBrowser.find(By.tagName("body")).getText()).contains("四半期ごとに事業者の変更を確認する");
        executiveBrowser.open(url("/initiatives/" + applying.initiativeId()));
        assertThat(executiveBrowser.find(By.tagName("body")).getText())
                .as("another year of operation")
                .contains("2年目");
        executiveBrowser.screenshot("review-decided-ja");

        // in English
        officerBrowser.open(page);
        officerBrowser.click(By.cssSelector("form.lang-switch button[value=en]"));
        officerBrowser.waitForLanguage("en");
        assertThat(officerBrowser.find(By.id("review-status")).getText()).isEqualTo("Continuation decided");
        assertThat(officerBrowser.find(By.id("review-outcome")).getText()).isEqualTo("Continue with conditions");
    }

    private void signIn(Browser browser, MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }
}
