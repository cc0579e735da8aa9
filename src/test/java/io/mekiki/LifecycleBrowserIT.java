package io.mekiki;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.Level;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.instruction.Instructions;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.OrganizationTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One initiative through the whole preparation phase into selection, in two real headless Chromiums
 * side by side: a risk officer's and an executive's. Every step goes through the pages a user sees.
 */
class LifecycleBrowserIT extends ApplicationTest {

    private static final Pattern INITIATIVE_PAGE = Pattern.compile("/initiatives/([0-9a-f-]{36})$");
    private static final List<String> PREPARATION_GATES = List.of(
            "PREPARATION_SURVEY_REVIEWED",
            "PREPARATION_PURPOSE_APPROVED",
            "PREPARATION_CRITERIA_APPROVED",
            "PREPARATION_POLICIES_REVIEWED");
    private static final String SURVEY_TEMPLATE = "PREP_SURVEY_ASSETS";
    private static final String SURVEY_TITLE = "預ける情報の価値とリスク許容度の調査";
    private static final String PURPOSE_GATE = "PREPARATION_PURPOSE_APPROVED";
    private static final String PURPOSE_TITLE = "利用目的・効果・KPIの承認";

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser executiveBrowser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final AssetRegister assets;
    private final Instructions instructions;

    private MekikiUser officer;
    private MekikiUser executive;
    private MekikiUser owner;
    private UUID customers;

    @Autowired
    LifecycleBrowserIT(IdentityFixtures fixtures, AssetRegister assets, Instructions instructions) {
        this.fixtures = fixtures;
        this.assets = assets;
        this.instructions = instructions;
    }

    @BeforeEach
    void anOrganisationWithAnAssetInItsRegister() {
        UUID organization = fixtures.organization();
        officer = fixtures.user(organization, Role.RISK_OFFICER);
        executive = fixtures.user(organization, Role.EXECUTIVE);
        // owns the initiative on paper; never signs in
        owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        try {
            customers = assets.register(
                            officer,
                            new AssetDetails(
                                    "顧客台帳",
                                    "営業本部",
                                    null,
                                    Set.of(AssetCategory.PERSONAL_DATA),
                                    Level.HIGH,
                                    Level.LOW,
                                    null,
                                    null,
                                    null))
                    .id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anInitiativeIsInstructedReportedDecidedGateByGateAndMovedIntoSelection() {
        signIn(officerBrowser, officer);
        signIn(executiveBrowser, executive);

        String initiative = officerStartsTheInitiative();
        String instruction = executiveInstructsTheOfficer(initiative);
        officerReports(instruction, "顧客台帳は約12万件の個人データを含む。");
        executiveSendsTheReportBack(instruction, "漏えい時の影響の大きさも評価してください。");
        officerReportsAgainAfterReadingTheComment(instruction, "漏えい時の影響は大きく、リスク許容度は低と評価した。");
        executiveAccepts(instruction);
        // the other preparation gates rest on their own reports, accepted here without the pages
        // (GateConditionsBrowserIT follows a gate's report through the pages)
        for (String gate : PREPARATION_GATES) {
            AcceptedReports.forGate(instructions, executive, officer, UUID.fromString(initiative), gate);
        }

        for (String gate : PREPARATION_GATES) {
            officerRequestsDecision(initiative, gate);
        }
        executiveDecides(PURPOSE_TITLE, "REJECTED", "KPIの目標値の根拠が示されていない。");
        for (String title : List.of("事前調査結果の確認", "選定基準・チェックリストの承認", "社内規程の確認")) {
            executiveDecides(title, "APPROVED", "提案のとおり進めてよい。");
        }

        officerIsRefusedTheMoveWhileTheRejectedGateIsOpen(initiative);

        officerRequestsDecision(initiative, PURPOSE_GATE);
        executiveDecides(PURPOSE_TITLE, "APPROVED", "根拠を確認した。目標値は妥当。");

        officerBrowser.open(url("/initiatives/" + initiative));
        officerBrowser.find(By.cssSelector("#move .ok-text"));
        officerBrowser.click(By.cssSelector("#move form button[type=submit]"));
        officerBrowser.waitForText(By.cssSelector(".notice.success"), "「比較選定」に移りました。");
        assertThat(officerBrowser.find(By.cssSelector(".phase-badge")).getText())
                .isEqualTo("比較選定");
        assertThat(officerBrowser
                        .find(By.cssSelector(".cycle-phases li.current"))
                        .getText())
                .contains("比較選定");
        assertThat(officerBrowser.find(By.id("gate-SELECTION_ADOPTION_DECIDED")).getDomAttribute("class"))
                .contains("state-OPEN");
    }

    private String officerStartsTheInitiative() {
        officerBrowser.open(url("/initiatives/new"));
        officerBrowser.type(By.id("title"), "顧客管理のSaaS化");
        new Select(officerBrowser.find(By.id("businessOwnerId")))
                .selectByValue(owner.userId().toString());
        officerBrowser.type(By.id("purpose"), "顧客情報を一元化する。");
        officerBrowser.click(By.cssSelector("input[name=assetIds][value='" + customers + "']"));
        officerBrowser.click(By.cssSelector("form.initiative-form button[type=submit].primary"));
        officerBrowser.waitForText(By.tagName("h1"), "顧客管理のSaaS化");
        Matcher page = INITIATIVE_PAGE.matcher(officerBrowser.driver().getCurrentUrl());
        assertThat(page.find()).as(officerBrowser.driver().getCurrentUrl()).isTrue();
        assertThat(officerBrowser.find(By.cssSelector(".phase-badge")).getText())
                .isEqualTo("事前準備");
        return page.group(1);
    }

    /** From the template the guide names for the survey; the template fills the form in. */
    private String executiveInstructsTheOfficer(String initiative) {
        executiveBrowser.open(url("/initiatives/" + initiative));
        executiveBrowser.click(By.cssSelector("details.issue > summary"));
        new Select(executiveBrowser.find(By.id("issue-PREPARATION-template"))).selectByValue(SURVEY_TEMPLATE);
        // htmx replaces the fields: look the title up again until it holds the template's
        until(
                executiveBrowser,
                driver -> SURVEY_TITLE.equals(
                        driver.findElement(By.id("issue-PREPARATION-title")).getDomProperty("value")));
        new Select(executiveBrowser.find(By.id("issue-PREPARATION-assignee")))
                .selectByValue(officer.userId().toString());
        WebElement due = executiveBrowser.find(By.id("issue-PREPARATION-dueDate"));
        ((JavascriptExecutor) executiveBrowser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        due,
                        LocalDate.now(OrganizationTime.DEFAULT_ZONE)
                                .plusDays(14)
                                .toString());
        executiveBrowser.click(By.cssSelector("form.issue-form button[type=submit]"));
        executiveBrowser.click(By.linkText(SURVEY_TITLE));
        executiveBrowser.waitForText(By.tagName("h1"), SURVEY_TITLE);
        return executiveBrowser.driver().getCurrentUrl();
    }

    private void officerReports(String instruction, String text) {
        officerBrowser.open(url("/"));
        officerBrowser.click(By.cssSelector("#home-my-instructions a.home-item"));
        officerBrowser.waitForText(By.tagName("h1"), SURVEY_TITLE);
        assertThat(officerBrowser.driver().getCurrentUrl()).isEqualTo(instruction);
        submitReport(text);
    }

    private void executiveSendsTheReportBack(String instruction, String comment) {
        executiveBrowser.open(instruction);
        executiveBrowser.type(By.id("return-comment"), comment);
        executiveBrowser.click(By.cssSelector("form[action$='/return'] button[type=submit]"));
        executiveBrowser.find(By.cssSelector(".badge.status-OPEN"));
        assertThat(executiveBrowser.find(By.cssSelector(".review.sent-back")).getText())
                .contains(comment);
    }

    private void officerReportsAgainAfterReadingTheComment(String instruction, String text) {
        officerBrowser.open(instruction);
        assertThat(officerBrowser.find(By.cssSelector(".review.sent-back")).getText())
                .contains("漏えい時の影響の大きさも評価してください。");
        submitReport(text);
    }

    private void submitReport(String text) {
        officerBrowser.find(By.cssSelector(".badge.status-OPEN"));
        officerBrowser.type(By.id("report-text"), text);
        officerBrowser.click(By.cssSelector("form.report-form button[type=submit]"));
        officerBrowser.find(By.cssSelector(".badge.status-REPORTED"));
    }

    private void executiveAccepts(String instruction) {
        executiveBrowser.open(instruction);
        executiveBrowser.type(By.id("accept-comment"), "十分です。受理します。");
        executiveBrowser.click(By.cssSelector("form[action$='/acceptance'] button[type=submit]"));
        executiveBrowser.find(By.cssSelector(".badge.status-ACCEPTED"));
        assertThat(executiveBrowser.findAll(By.cssSelector(".report"))).hasSize(2);
    }

    /** On the gate's own form on the initiative page; the title is the gate's. */
    private void officerRequestsDecision(String initiative, String gate) {
        officerBrowser.open(url("/initiatives/" + initiative));
        String article = "#gate-" + gate;
        officerBrowser.click(By.cssSelector(article + " details.gate-request > summary"));
        officerBrowser.type(By.id("decision-" + gate + "-proposal"), "調査と報告に基づき、承認をお願いします。");
        officerBrowser.type(By.id("decision-" + gate + "-options"), "承認する\n見直しを求める");
        officerBrowser.click(By.cssSelector(article + " form button[type=submit]"));
        officerBrowser.find(By.cssSelector(article + ".state-WAITING"));
    }

    /** From the executive's home, where the request waits; with the outcome and a rationale. */
    private void executiveDecides(String title, String outcome, String rationale) {
        executiveBrowser.open(url("/"));
        executiveBrowser.click(
                By.xpath("//*[@id='home-waiting']//a[@class='home-item' and normalize-space()='" + title + "']"));
        executiveBrowser.waitForText(By.tagName("h1"), title);
        executiveBrowser.click(By.cssSelector("input[name=outcome][value=" + outcome + "]"));
        executiveBrowser.type(By.id("rationale"), rationale);
        executiveBrowser.click(By.cssSelector("#decide form button[type=submit]"));
        executiveBrowser.waitForText(By.cssSelector(".notice.success"), "判断を記録しました。");
    }

    /**
     * The button is there but disabled, and beside it the page names the gate that holds the move back
     * and who acts next; the initiative stays where it is.
     */
    private void officerIsRefusedTheMoveWhileTheRejectedGateIsOpen(String initiative) {
        officerBrowser.open(url("/initiatives/" + initiative));
        assertThat(officerBrowser.find(By.id("gate-" + PURPOSE_GATE)).getDomAttribute("class"))
                .contains("state-OPEN");
        WebElement button = officerBrowser.find(By.cssSelector("#move form button[type=submit]"));
        assertThat(button.isEnabled()).isFalse();
        WebElement reason = officerBrowser.find(By.id(button.getDomAttribute("aria-describedby")));
        assertThat(reason.getText())
                .contains(PURPOSE_TITLE, "情報システム担当か利用部門が経営判断を依頼します")
                .doesNotContain("事前調査結果の確認");
        assertThat(officerBrowser.find(By.cssSelector(".phase-badge")).getText())
                .isEqualTo("事前準備");
    }

    private void signIn(Browser browser, MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }

    private static void until(Browser browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(condition);
    }
}
