package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.Browser;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incident page in a headless Chromium, in Japanese and English: a risk officer records a personal-data
 * leak whose number of persons is not known yet, sees the APPI clocks counted in Tokyo time with what is still
 * missing, marks the quick report sent, reads the page in English, and a moment in the future is refused on
 * the form in the reader's language without saving anything.
 */
class IncidentBrowserIT extends ApplicationTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final JdbcClient jdbc;

    @Autowired
    IncidentBrowserIT(IdentityFixtures fixtures, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    @Test
    void aRiskOfficerRecordsALeakSeesItsClocksAndMarksTheQuickReportSent() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        String initiative = initiativeInOperation(officer, owner);

        signIn(officer);
        browser.open(url("/incidents/new?initiativeId=" + initiative));
        LocalDateTime aware = LocalDateTime.now(TOKYO).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        fill(aware.plusDays(1));
        browser.click(By.id("save-incident"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText())
                .as("a moment in the future is refused on the form")
                .contains("未来の日時です");
        assertThat(browser.find(By.id("incident-title")).getDomProperty("value"))
                .as("what was typed stays")
                .isEqualTo("顧客一覧が共有リンクで閲覧可能だった");
        assertThat(jdbc.sql("select count(*) from operation_incident where organization_id = ?")
                        .param(organization)
                        .query(Long.class)
                        .single())
                .isZero();

        fill(aware);
        browser.click(By.id("save-incident"));
        browser.find(By.id("clocks"));
        String quickDue = aware.toLocalDate().plusDays(5).format(DateTimeFormatter.ofPattern("uuuu'年'M'月'd'日'"));
        String quick = browser.find(By.id("clock-APPI_BREACH-QUICK")).getText();
        assertThat(quick).contains("個人情報保護委員会", "速報", "期限前", quickDue, "JST");
        assertThat(browser.find(By.id("clock-APPI_BREACH-FINAL")).getText())
                .as("an unauthorised purpose: sixty days")
                .contains(aware.toLocalDate().plusDays(60).format(DateTimeFormatter.ofPattern("uuuu'年'M'月'd'日'")));
        assertThat(browser.find(By.id("missing")).getText()).contains("本人の数", "速報", "確報");
        browser.screenshot("incident-ja");

        browser.type(By.id("reference-APPI_BREACH-QUICK"), "PPC-2026-0042");
        browser.click(By.cssSelector("#clock-APPI_BREACH-QUICK form.mark-sent button[type=submit]"));
        browser.waitForText(By.id("clock-APPI_BREACH-QUICK"), "送付済み");
        assertThat(browser.find(By.id("clock-APPI_BREACH-QUICK")).getText()).contains("PPC-2026-0042");
        assertThat(browser.find(By.id("missing")).getText()).doesNotContain("速報");

        browser.click(By.cssSelector("form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        assertThat(browser.find(By.id("clocks-heading")).getText()).isEqualTo("Reporting clocks");
        String quickEn = browser.find(By.id("clock-APPI_BREACH-QUICK")).getText();
        assertThat(quickEn)
                .contains("Personal Information Protection Commission", "Quick report", "Sent", "PPC-2026-0042")
                .contains(aware.toLocalDate()
                        .plusDays(5)
                        .format(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)));
        assertThat(browser.find(By.id("clock-APPI_BREACH-FINAL")).getText()).contains("Running", "left");
        assertThat(browser.find(By.id("missing")).getText()).contains("number of persons concerned");
        browser.screenshot("incident-en");

        // the initiative page shows the open incident with its clocks
        browser.open(url("/initiatives/" + initiative));
        assertThat(browser.find(By.id("panel-incidents")).getText()).contains("IN-1", "1 of 2 still owed");
    }

    private void fill(LocalDateTime aware) {
        browser.find(By.id("incident-type"));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("incident-type")))
                .selectByValue("PERSONAL_DATA_LEAK");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("incident-severity"))).selectByValue("HIGH");
        browser.type(By.id("incident-title"), "顧客一覧が共有リンクで閲覧可能だった");
        setValue("incident-startedAt", aware.minusDays(2));
        setValue("incident-awareAt", aware);
        if (!browser.find(By.cssSelector("input[name=facts][value=UNAUTHORISED_PURPOSE]"))
                .isSelected()) {
            browser.click(By.cssSelector("input[name=facts][value=UNAUTHORISED_PURPOSE]"));
        }
    }

    private void setValue(String id, LocalDateTime moment) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.getElementById(arguments[0]).value = arguments[1]",
                        id,
                        moment.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")));
    }

    private String initiativeInOperation(MekikiUser officer, MekikiUser owner) {
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String asset = api.post(
                        "/api/v1/assets",
                        Map.of(
                                "name", "顧客一覧",
                                "categories", List.of("PERSONAL_DATA"),
                                "assetValue", "HIGH",
                                "riskTolerance", "LOW"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", "顧客対応SaaS");
        plan.put("businessOwnerId", owner.userId().toString());
        plan.put("purpose", "問い合わせに早く答える");
        plan.put("benefits", "回答時間の短縮");
        plan.put("assetIds", List.of(asset));
        plan.put("serviceModel", "SAAS");
        plan.put("deployment", "PUBLIC");
        plan.put("dataLocations", List.of("JP"));
        String id = api.post("/api/v1/initiatives", plan).json().get("id").asString();
        // the phases before operation are not the subject here (see IncidentsIT)
        jdbc.sql("update initiative_initiative set phase = 'OPERATION', year = 1, year_started_at = now() where id = ?")
                .param(UUID.fromString(id))
                .update();
        return id;
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }
}
