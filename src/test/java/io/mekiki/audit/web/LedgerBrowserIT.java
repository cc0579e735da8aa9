package io.mekiki.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.Browser;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.audit.LedgerFilter;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger page as an auditor reads it, in real headless Chromium: sentences with names, times in the
 * organisation's zone, and the filters by person and by subject name.
 */
class LedgerBrowserIT extends ApplicationTest {

    private static final String INITIATIVE_TITLE = "CRM を SaaS へ";
    private static final String DECISION_TITLE = "目的・効果・KPI";
    private static final String ASSET_NAME = "顧客台帳";

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;

    private MekikiUser executive;
    private MekikiUser officer;
    private UUID initiativeId;
    private String decisionId;

    @Autowired
    LedgerBrowserIT(IdentityFixtures fixtures, InitiativeFixtures initiatives, AuditLedger ledger, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void anOrganisationWithADecisionAndAnAsset() {
        UUID organization = fixtures.organization();
        executive = named(fixtures.user(organization, Role.EXECUTIVE, Role.AUDITOR), "山本 健一");
        officer = named(fixtures.user(organization, Role.RISK_OFFICER), "佐藤 花子");
        initiativeId = initiatives.initiative(organization, INITIATIVE_TITLE);
        BearerClient officersApi = new BearerClient(url(""), fixtures.token(officer));
        Response requested = officersApi.post(
                "/api/v1/decisions",
                Map.of(
                        "subjectType",
                        "INITIATIVE",
                        "subjectId",
                        initiativeId,
                        "topic",
                        // a gate without conditions of its own: the ledger, not the gate, is under test
                        "CONTINUATION_SUPERVISION_APPROVED",
                        "title",
                        DECISION_TITLE,
                        "proposal",
                        "目的と効果、KPI を承認してください。",
                        "options",
                        List.of("承認する", "見直す")));
        assertThat(requested.status()).isEqualTo(201);
        decisionId = requested.json().get("id").asString();
        Response decided = new BearerClient(url(""), fixtures.token(executive))
                .post(
                        "/api/v1/decisions/" + decisionId + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "目的が明確で、KPI も測れる。"));
        assertThat(decided.status()).isEqualTo(200);
        Response asset = officersApi.post(
                "/api/v1/assets",
                Map.of(
                        "name",
                        ASSET_NAME,
                        "categories",
                        List.of("PERSONAL_DATA"),
                        "assetValue",
                        "HIGH",
                        "riskTolerance",
                        "LOW"));
        assertThat(asset.status()).isEqualTo(201);
    }

    @Test
    void theLedgerReadsAsSentencesInJapaneseWithTimesInJapanAndFiltersByPersonAndSubjectName() {
        signIn(executive);
        browser.open(url("/audit"));
        browser.waitForLanguage("ja");

        WebElement approval = entryWith("山本 健一 が「" + INITIATIVE_TITLE + "」の「" + DECISION_TITLE + "」を承認しました");
        assertThat(approval.findElement(By.cssSelector(".ledger-when time")).getText())
                .isEqualTo(DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm (z)", Locale.ENGLISH)
                        .format(decidedAt().atZone(ZoneId.of("Asia/Tokyo"))))
                .endsWith("(JST)");
        assertThat(approval.findElement(By.linkText(INITIATIVE_TITLE)).getAttribute("href"))
                .endsWith("/initiatives/" + initiativeId);
        assertThat(approval.findElement(By.linkText(DECISION_TITLE)).getAttribute("href"))
                .endsWith("/decisions/" + decisionId);
        assertThat(approval.findElement(By.cssSelector("table.ledger-change")).getText())
                .contains("判断 承認", "理由 目的が明確で、KPI も測れる。");
        assertThat(approval.findElement(By.cssSelector("details.ledger-technical summary"))
                        .getText())
                .isEqualTo("技術的な詳細");
        assertThat(sentences()).contains("佐藤 花子 が情報資産「" + ASSET_NAME + "」を登録しました");
        browser.screenshot("ledger-ja");

        new Select(browser.find(By.id("actor"))).selectByVisibleText("佐藤 花子");
        browser.click(By.cssSelector("form.ledger-filters button[type=submit]"));
        browser.waitForUrl("actor=");
        assertThat(sentences()).isNotEmpty().allMatch(sentence -> sentence.startsWith("佐藤 花子 が"));

        browser.open(url("/audit"));
        browser.type(By.id("subject"), "顧客");
        browser.click(By.cssSelector("form.ledger-filters button[type=submit]"));
        browser.waitForUrl("subject=");
        assertThat(sentences()).containsExactly("佐藤 花子 が情報資産「" + ASSET_NAME + "」を登録しました");

        browser.click(By.cssSelector("button[hx-get$='/audit/verify']"));
        assertThat(browser.find(By.id("verification-result")).getText())
                .contains("鎖は完全です。", "件の記録を、#1（", "java tools/VerifyLedger.java");
    }

    @Test
    void theLedgerReadsAsSentencesInEnglishAndFiltersByPersonAndSubjectName() {
        signIn(executive);
        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        browser.open(url("/audit"));
        browser.waitForLanguage("en");

        WebElement approval = entryWith("山本 健一 approved “" + DECISION_TITLE + "” of “" + INITIATIVE_TITLE + "”");
        assertThat(approval.findElement(By.cssSelector(".ledger-when time")).getText())
                .isEqualTo(DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm z", Locale.ENGLISH)
                        .format(decidedAt().atZone(ZoneId.of("Asia/Tokyo"))))
                .endsWith(" JST");
        assertThat(approval.findElement(By.cssSelector("table.ledger-change")).getText())
                .contains("Outcome Approved");
        browser.screenshot("ledger-en");

        new Select(browser.find(By.id("actor"))).selectByVisibleText("山本 健一");
        browser.click(By.cssSelector("form.ledger-filters button[type=submit]"));
        browser.waitForUrl("actor=");
        assertThat(sentences()).isNotEmpty().allMatch(sentence -> sentence.startsWith("山本 健一 "));

        browser.open(url("/audit"));
        browser.type(By.id("subject"), "crm");
        browser.click(By.cssSelector("form.ledger-filters button[type=submit]"));
        browser.waitForUrl("subject=");
        assertThat(sentences())
                .isNotEmpty()
                .allMatch(sentence -> sentence.contains(INITIATIVE_TITLE))
                .noneMatch(sentence -> sentence.contains(ASSET_NAME));
    }

    @Test
    void theOrganisationsTimeZoneOnItsProfileDecidesTheTimesShown() {
        Response profile = new BearerClient(url(""), fixtures.token(officer))
                .put(
                        "/api/v1/profile",
                        Map.of(
                                "largeCompanyWithBoard",
                                false,
                                "listed",
                                false,
                                "headquartersCountry",
                                "JP",
                                "timeZone",
                                "Europe/London"));
        assertThat(profile.status()).isEqualTo(200);
        signIn(executive);
        browser.open(url("/audit"));

        WebElement approval = entryWith("山本 健一 が「" + INITIATIVE_TITLE + "」の「" + DECISION_TITLE + "」を承認しました");
        assertThat(approval.findElement(By.cssSelector(".ledger-when time")).getText())
                .isEqualTo(DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm (z)", Locale.ENGLISH)
                        .format(decidedAt().atZone(ZoneId.of("Europe/London"))))
                .doesNotContain("JST");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Europe/London");
    }

    private MekikiUser named(MekikiUser user, String name) {
        jdbc.sql("update identity_user_account set display_name = ? where id = ?")
                .params(name, user.userId())
                .update();
        return user;
    }

    private Instant decidedAt() {
        LedgerEntry decided = ledger.entries(
                        executive.organizationId(),
                        new LedgerFilter(null, null, null, "decision.decision.decided", null, null),
                        0,
                        1)
                .entries()
                .get(0);
        return Instant.parse(decided.recordedAt());
    }

    private WebElement entryWith(String sentence) {
        browser.find(By.cssSelector(".ledger-entries"));
        return browser.findAll(By.cssSelector("li.ledger-entry")).stream()
                .filter(entry -> entry.findElement(By.cssSelector(".ledger-sentence"))
                        .getText()
                        .equals(sentence))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No entry reads: " + sentence + "\nbut: " + sentences()));
    }

    private List<String> sentences() {
        browser.find(By.cssSelector(".ledger-entries"));
        return browser.findAll(By.cssSelector(".ledger-sentence")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("nav.sidebar"));
    }
}
