package io.mekiki.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.Browser;
import io.mekiki.ContractWork;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A risk officer records the contract from the initiative page, attaches the terms document, records a deviation
 * in the terms review (refused first without its mitigation), and after the executive's approval of the terms
 * reads the deviation as approved, in Japanese and in English.
 */
class ContractBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;

    @Autowired
    ContractBrowserIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void theContractIsRecordedReviewedAndItsDeviationApprovedOnItsPageInBothLanguages() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        ContractWork.Team team = new ContractWork.Team(
                new BearerClient(url(""), fixtures.token(officer)),
                new BearerClient(url(""), fixtures.token(executive)),
                officer.userId(),
                owner.userId());
        ContractWork.InApplication applying = ContractWork.inApplication(team, "人事評価SaaS");
        signIn(officer);

        browser.open(url("/initiatives/" + applying.initiativeId()));
        browser.click(By.id("contract-new"));
        LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
                .withDayOfMonth(1)
                .minusMonths(2);
        browser.type(By.id("new-plan"), "スタンダード");
        setDate("new-startsOn", start);
        browser.find(By.id("new-ourNotice.amount")).sendKeys("3");
        browser.click(By.id("contract-create"));

        browser.waitForText(By.cssSelector(".notice.success"), "契約を登録しました");
        assertThat(browser.find(By.tagName("h1")).getText()).contains("人事評価SaaS クラウド スタンダード");
        LocalDate deadline = start.plusMonths(12).minusDays(1).minusMonths(3);
        assertThat(browser.find(By.id("next-notice-deadline")).getText())
                .contains(
                        "次の解約予告の期限",
                        deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日");
        assertThat(browser.find(By.id("current-term")).getText()).startsWith("第1期");

        Path document = Files.createTempFile("terms", ".pdf");
        Files.write(document, ContractWork.TERMS_PDF);
        browser.find(By.id("document-document")).sendKeys(document.toString());
        browser.click(By.id("document-upload"));
        browser.waitForText(By.cssSelector(".notice.success"), "利用規約の文書を添付しました");
        assertThat(browser.find(By.id("document-sha256")).getText())
                .isEqualTo(io.mekiki.shared.Sha256.hex(ContractWork.TERMS_PDF));

        new Select(browser.find(By.id("review-result-MA-LIAB-01"))).selectByValue("DEVIATES");
        browser.type(By.id("review-clause-MA-LIAB-01"), "第20条");
        browser.type(By.id("review-reason-MA-LIAB-01"), "賠償上限が社内方針に届かない");
        browser.click(By.id("review-save"));
        assertThat(browser.find(By.cssSelector("#review-form .error-summary")).getText())
                .contains("相違への対応策を入力してください");
        assertThat(browser.find(By.id("review-reason-MA-LIAB-01")).getAttribute("value"))
                .as("what was typed is shown again")
                .isEqualTo("賠償上限が社内方針に届かない");
        browser.type(By.id("review-mitigation-MA-LIAB-01"), "サイバー保険で補う");
        browser.click(By.id("review-save"));
        browser.waitForText(By.cssSelector(".notice.success"), "利用規約確認を保存しました");
        assertThat(browser.find(By.id("deviation-MA-LIAB-01")).getText()).contains("サイバー保険で補う", "経営層の承認待ち");

        String contractId = browser.driver().getCurrentUrl().replaceAll(".*/contracts/([^/#?]+).*", "$1");
        ContractWork.completeTermsWork(team.officer(), contractId);
        team.officer()
                .put(
                        "/api/v1/contracts/" + contractId + "/terms-review",
                        Map.of(
                                "answers",
                                List.of(Map.of(
                                        "itemId", "MA-LIAB-01",
                                        "result", "DEVIATES",
                                        "clause", "第20条",
                                        "reason", "賠償上限が社内方針に届かない",
                                        "mitigation", "サイバー保険で補う",
                                        "reconfirmed", true))));
        ContractWork.approve(team, applying.initiativeId(), "APPLICATION_TERMS_APPROVED");

        browser.open(url("/contracts/" + contractId));
        assertThat(browser.find(By.id("deviation-MA-LIAB-01")).getText()).contains("承認済み");
        assertThat(browser.find(By.id("exit-state")).getText()).isEqualTo("決定済み");
        assertThat(browser.findAll(By.id("exit-form")))
                .as("exit terms stand as approved")
                .isEmpty();

        browser.click(By.cssSelector("form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        assertThat(browser.find(By.id("review-heading")).getText()).contains("Terms review");
        assertThat(browser.find(By.id("deviation-MA-LIAB-01")).getText()).contains("Approved (");
        assertThat(browser.find(By.id("next-notice-deadline")).getText()).contains("Next notice deadline");
        assertThat(browser.find(By.id("exit-state")).getText()).isEqualTo("Fixed");
    }

    private void setDate(String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }
}
