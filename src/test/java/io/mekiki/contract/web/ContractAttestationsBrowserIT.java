package io.mekiki.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
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
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The coverage of a contract's first year by the provider's SOC 2 report, reached from the contract page: the
 * months the report covers, the two-month gap a bridge letter closes, the months to come, the exception noted and
 * the user-entity controls with who performs them (one not assigned), in Japanese and in English.
 */
class ContractAttestationsBrowserIT extends ApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;

    @Autowired
    ContractAttestationsBrowserIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void theYearShowsTheMonthsCoveredTheGapABridgeLetterClosesTheExceptionAndTheUserEntityControls() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        ContractWork.Team team = new ContractWork.Team(
                api, new BearerClient(url(""), fixtures.token(executive)), officer.userId(), owner.userId());
        ContractWork.InApplication applying = ContractWork.inApplication(team, "人事評価クラウド");
        Map<String, Object> record = new LinkedHashMap<>(ContractWork.record());
        LocalDate thisMonth = TODAY.withDayOfMonth(1);
        record.put("startsOn", thisMonth.minusMonths(4).toString());
        String contract = ContractWork.contract(api, applying.initiativeId(), record);
        ContractWork.approveApplication(team, applying.initiativeId());
        ContractWork.move(team, applying.initiativeId(), "OPERATION");
        String provider = api.get("/api/v1/contracts/" + contract)
                .json()
                .get("providerId")
                .asString();

        String report = created(api.post(
                "/api/v1/providers/" + provider + "/attestations",
                Map.of(
                        "kind", "SOC2_TYPE2",
                        "periodStart", thisMonth.minusMonths(13).toString(),
                        "periodEnd", thisMonth.minusMonths(1).minusDays(1).toString())));
        String one = "/api/v1/providers/" + provider + "/attestations/" + report;
        created(api.post(
                one + "/exceptions",
                Map.of("control", "CC6.2", "description", "退職者のアカウント1件の削除が遅れた", "response", "四半期ごとに棚卸しする")));
        created(api.post(
                one + "/user-entity-controls",
                Map.of(
                        "control",
                        "退職者のアカウントを無効にする",
                        "personId",
                        officer.userId().toString())));
        created(api.post(one + "/user-entity-controls", Map.of("control", "管理者に多要素認証を設定する")));

        signIn(officer);
        // the bridge letter is recorded on the report's page; one ending within the report's period is refused
        browser.open(url("/providers/" + provider + "/attestations/" + report));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.getElementById('bridge-coversUntil').value = arguments[0];",
                        thisMonth.minusMonths(2).toString());
        browser.click(By.cssSelector("#bridge-form button[type=submit]"));
        browser.waitForText(By.id("attestation-problem"), "報告書の対象期間の終了日");
        assertThat(browser.findAll(By.cssSelector("#bridge-letters + ul li"))).isEmpty();
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('bridge-coversUntil').value = arguments[0];", TODAY.toString());
        browser.click(By.cssSelector("#bridge-form button[type=submit]"));
        browser.waitForText(By.cssSelector("#bridge-letters + ul"), TODAY.toString());

        // the same through the API, for the review of the year
        Response coverage = api.get("/api/v1/attestations?contractId=" + contract + "&year=1");
        assertThat(coverage.status()).as(coverage.json().toString()).isEqualTo(200);
        assertThat(coverage.json().get("coverage").get("from").asString())
                .isEqualTo(thisMonth.minusMonths(4).toString());
        JsonNode kind = coverage.json().get("coverage").get("kinds").get(0);
        assertThat(kind.get("gaps").get(0).get("months").get("first").asString())
                .isEqualTo(thisMonth.minusMonths(1).toString().substring(0, 7));
        assertThat(kind.get("gaps").get(0).get("open")).isEmpty();
        assertThat(coverage.json()
                        .get("personNames")
                        .get(officer.userId().toString())
                        .asString())
                .isNotBlank();
        Response refused = api.get("/api/v1/attestations?contractId=" + contract + "&year=0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("year");
        BearerClient stranger = new BearerClient(url(""), fixtures.token(fixtures.userInNewOrganization(Role.AUDITOR)));
        assertThat(stranger.get("/api/v1/attestations?contractId=" + contract).status())
                .isEqualTo(404);

        browser.open(url("/contracts/" + contract));
        browser.click(By.id("contract-attestations-link"));
        browser.waitForText(By.tagName("h1"), "契約1年目");
        String month = "td[data-month='%s']";
        assertThat(browser.find(By.cssSelector(String.format(
                                month, thisMonth.minusMonths(2).toString().substring(0, 7))))
                        .getAttribute("class"))
                .contains("month-COVERED");
        assertThat(browser.find(By.cssSelector(String.format(
                                month, thisMonth.minusMonths(1).toString().substring(0, 7))))
                        .getText())
                .isEqualTo("ブリッジ");
        assertThat(browser.find(By.cssSelector(String.format(
                                month, thisMonth.plusMonths(1).toString().substring(0, 7))))
                        .getText())
                .isEqualTo("これから");
        String soc2 = browser.find(By.id("coverage-SOC2_TYPE2")).getText();
        assertThat(soc2).contains("（2か月）", "ブリッジレターで補完済み", "CC6.2", "四半期ごとに棚卸しする", "担当が決まっていません");
        assertThat(browser.find(By.cssSelector("#coverage-SOC2_TYPE2 .cuec-person"))
                        .getText())
                .isNotBlank();
        assertThat(browser.find(By.id("coverage-complete")).getText()).contains("すべての月");
        browser.screenshot("contract-attestations-ja");

        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        assertThat(browser.find(By.id("coverage-SOC2_TYPE2")).getText())
                .contains("Closed by a bridge letter", "No one assigned", "Upcoming");
        browser.screenshot("contract-attestations-en");
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
