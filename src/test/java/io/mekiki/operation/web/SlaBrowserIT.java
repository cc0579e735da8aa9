package io.mekiki.operation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.Browser;
import io.mekiki.ContractWork;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A risk officer imports a month of measurements on a contract's SLA page: a file with a bad line is refused
 * whole with the line and column named, the corrected file is imported with its breach; the metric's page shows
 * the chart with the missed month marked, in Japanese and in English.
 */
class SlaBrowserIT extends ApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;

    @Autowired
    SlaBrowserIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void aMonthIsImportedWithItsBreachAfterABadFileIsRefusedWholeAndTheChartMarksTheMissedMonth() throws IOException {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        ContractWork.Team team = new ContractWork.Team(
                api, new BearerClient(url(""), fixtures.token(executive)), officer.userId(), owner.userId());
        ContractWork.InApplication applying = ContractWork.inApplication(team, "会計クラウド");
        Map<String, Object> record = new LinkedHashMap<>(ContractWork.record());
        LocalDate start = TODAY.withDayOfMonth(1).minusMonths(4);
        record.put("startsOn", start.toString());
        String contract = ContractWork.contract(api, applying.initiativeId(), record);
        ContractWork.approveApplication(team, applying.initiativeId());
        ContractWork.move(team, applying.initiativeId(), "OPERATION");
        String metric = api.post(
                        "/api/v1/contracts/" + contract + "/metrics",
                        Map.of(
                                "kind",
                                "AVAILABILITY",
                                "code",
                                "AVAIL",
                                "target",
                                99.9,
                                "monthlyFee",
                                300000,
                                "creditTiers",
                                List.of(Map.of("threshold", 99.9, "creditPercent", 10))))
                .json()
                .get("id")
                .asString();

        LocalDate month = TODAY.withDayOfMonth(1).minusMonths(2);
        StringBuilder good = new StringBuilder("metric,date,value,note\n");
        for (LocalDate day = month; day.getMonth() == month.getMonth(); day = day.plusDays(1)) {
            good.append("AVAIL,").append(day).append(',').append(day.getDayOfMonth() == 10 ? "95" : "100");
            good.append(day.getDayOfMonth() == 10 ? ",障害による停止\n" : ",\n");
        }
        Path goodFile = Files.createTempFile("sla-good", ".csv");
        Files.writeString(goodFile, good, StandardCharsets.UTF_8);
        Path badFile = Files.createTempFile("sla-bad", ".csv");
        Files.writeString(
                badFile,
                "metric,date,value,note\nAVAIL," + month + ",100,\nAVAIL," + start.minusDays(1) + ",100,\nAVAIL,"
                        + month.plusDays(1) + ",abc,\n",
                StandardCharsets.UTF_8);

        signIn(officer);
        browser.open(url("/contracts/" + contract + "/sla"));
        assertThat(browser.find(By.id("metric-AVAIL")).getText()).contains("稼働率", "≧ 99.9 %", "実績値はまだありません");
        assertThat(browser.find(By.id("template-link")).getAttribute("href")).endsWith("/sla/template.csv");

        browser.find(By.id("import-file")).sendKeys(badFile.toString());
        browser.click(By.cssSelector("#import-form button[type=submit]"));
        browser.waitForText(By.id("import-errors"), "何も取り込んでいません");
        assertThat(browser.find(By.id("import-errors")).getText())
                .contains("3 行目、date 列: ", "契約開始日", "4 行目、value 列: ", "「abc」は数値ではありません");

        browser.find(By.id("import-file")).sendKeys(goodFile.toString());
        browser.click(By.cssSelector("#import-form button[type=submit]"));
        browser.waitForText(By.id("import-done"), "SLA 違反を 1 件検出し");
        assertThat(browser.find(By.id("import-done")).getText())
                .contains("実績値 " + month.lengthOfMonth() + " 件を取り込みました");
        browser.screenshot("sla-import-ja");

        browser.open(url("/contracts/" + contract + "/sla/metrics/" + metric));
        assertThat(browser.findAll(By.cssSelector("#sla-chart svg rect.chart-breach")))
                .hasSize(1);
        assertThat(browser.driver().findElement(By.id("sla-chart-title")).getAttribute("textContent"))
                .contains("「稼働率」の実績値 " + month.lengthOfMonth() + " 件", "≧ 99.9 %");
        assertThat(browser.driver().findElement(By.id("sla-chart-desc")).getAttribute("textContent"))
                .contains("目標未達 1 件");
        assertThat(browser.find(By.cssSelector("#periods-table tr.breached")).getText())
                .contains("未達", "記録済み", "30,000 円");
        browser.screenshot("sla-metric-ja");

        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Measurements against the target", "Attainment per period", "Missed", "Recorded", "¥30,000");
        assertThat(browser.driver().findElement(By.id("sla-chart-desc")).getAttribute("textContent"))
                .contains("1 of 1 periods missed the target");
        browser.screenshot("sla-metric-en");

        browser.open(url("/contracts/" + contract + "/sla"));
        browser.find(By.id("import-file")).sendKeys(badFile.toString());
        browser.click(By.cssSelector("#import-form button[type=submit]"));
        browser.waitForText(By.id("import-errors"), "nothing was imported");
        assertThat(browser.find(By.id("import-errors")).getText())
                .contains(
                        "Line 3, column date: ",
                        "before the contract’s start",
                        "Line 4, column value: ",
                        "“abc” is not a number");
        browser.open(url("/service-levels"));
        assertThat(browser.find(By.cssSelector("#service-levels tr[data-contract='" + contract + "']"))
                        .getText())
                .contains("会計クラウド", "0 of 1 metrics on target", "稼働率", "≥ 99.9 %", "¥30,000");
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }
}
