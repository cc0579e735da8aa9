package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.Browser;
import io.mekiki.audit.AuditLedger;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePlan;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.NewMeasurement;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.OrganizationTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each role's home shows what waits for that person, an initiative shows how far it has come through
 * its gates and its KPI as a labelled chart, and a list sorts by a column and pages: in real headless
 * Chromium, in Japanese and in English. The pages are kept as screenshots for review.
 */
class HomesAndListsBrowserIT extends ApplicationTest {

    private static final String CRM = "CRMのSaaS化";

    @RegisterExtension
    final Browser japanese = Browser.japanese();

    @RegisterExtension
    final Browser english = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final Instructions instructions;
    private final AuditLedger ledger;

    private MekikiUser executive;
    private MekikiUser officer;
    private MekikiUser auditor;
    private Initiative crm;
    private Decision surveyWaiting;
    private Decision criteriaRejected;
    private Instruction reported;

    @Autowired
    HomesAndListsBrowserIT(
            IdentityFixtures fixtures,
            Initiatives initiatives,
            Decisions decisions,
            Instructions instructions,
            AuditLedger ledger) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.instructions = instructions;
        this.ledger = ledger;
    }

    /**
     * One initiative in preparation with one gate approved, one rejected and one waiting, a KPI with two
     * measurements, and a report waiting for review; two more initiatives for the list.
     */
    @BeforeEach
    void anOrganisationAtWork() {
        UUID organization = fixtures.organization();
        executive = fixtures.user(organization, Role.EXECUTIVE);
        officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        auditor = fixtures.user(organization, Role.AUDITOR);

        crm = as(
                officer,
                () -> initiatives.create(
                        officer,
                        new InitiativePlan(
                                CRM,
                                owner.userId(),
                                "顧客対応の質を上げる",
                                "応答が速くなる",
                                List.of(new InitiativePlan.KpiDefinition(
                                        null, "平均応答時間", "分", new BigDecimal("30"), new BigDecimal("10"))),
                                Set.of(),
                                null,
                                null,
                                List.of("JP"),
                                null)));
        UUID kpi = crm.kpis().get(0).kpiId();
        as(
                officer,
                () -> initiatives.measure(
                        officer,
                        crm.id(),
                        kpi,
                        new NewMeasurement(
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE).minusDays(30), new BigDecimal("26"), "")));
        as(
                officer,
                () -> initiatives.measure(
                        officer,
                        crm.id(),
                        kpi,
                        new NewMeasurement(
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE).minusDays(1), new BigDecimal("18"), "")));
        for (String title : List.of("経費精算のクラウド化", "文書保管のクラウド化")) {
            as(
                    officer,
                    () -> initiatives.create(
                            officer,
                            new InitiativePlan(
                                    title,
                                    owner.userId(),
                                    "",
                                    "",
                                    List.of(),
                                    Set.of(),
                                    null,
                                    null,
                                    List.of("JP"),
                                    null)));
        }

        Decision purpose = request(Gate.PREPARATION_PURPOSE_APPROVED, "利用目的とKPIの承認");
        decide(purpose, DecisionOutcome.APPROVED);
        criteriaRejected = request(Gate.PREPARATION_CRITERIA_APPROVED, "選定基準の承認");
        decide(criteriaRejected, DecisionOutcome.REJECTED);
        surveyWaiting = request(Gate.PREPARATION_SURVEY_REVIEWED, "事前調査結果の確認のお願い");

        Instruction issued = as(
                executive,
                () -> instructions.issue(
                        executive,
                        new NewInstruction(
                                "INITIATIVE",
                                crm.id(),
                                LifeCyclePhase.PREPARATION,
                                null,
                                List.of(),
                                "預ける情報の棚卸し",
                                "顧客データの件数と種類を調べる",
                                officer.userId(),
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(7),
                                null)));
        reported = as(officer, () -> instructions.report(officer, issued.id(), "約12万件でした。", List.of()));
    }

    @Test
    void anExecutiveSeesTheDecisionAndTheReportWaitingWithTheirInitiative() {
        signIn(japanese, executive);
        WebElement waiting = japanese.find(By.id("home-waiting"));
        assertThat(waiting.getText()).contains(surveyWaiting.title(), CRM, "事前調査結果の確認");
        assertThat(japanese.find(By.id("home-reports")).getText()).contains("預ける情報の棚卸し", CRM);
        japanese.screenshot("home-executive-ja");

        signInInEnglish(executive);
        assertThat(english.find(By.id("home-waiting")).getText())
                .contains("Decisions waiting for you", surveyWaiting.title(), CRM);
        assertThat(english.find(By.id("home-reports")).getText())
                .contains("Reports waiting for your review", "預ける情報の棚卸し");
        english.screenshot("home-executive-en");
    }

    @Test
    void aRiskOfficerSeesTheBlockedGatesAndWhatBlocksThem() {
        signIn(japanese, officer);
        String blocked = japanese.find(By.id("home-blocked")).getText();
        assertThat(blocked)
                .contains(CRM, "ゲート 4 件中 1 件承認")
                .contains("選定基準・チェックリストの承認", "「却下」としました", criteriaRejected.title())
                .contains("事前調査結果の確認", "経営層の判断待ち", surveyWaiting.title())
                .contains("社内規程の確認", "まだ判断が依頼されていません");
        japanese.screenshot("home-risk-officer-ja");

        signInInEnglish(officer);
        assertThat(english.find(By.id("home-blocked")).getText())
                .contains("1 of 4 gates approved", "decided \"Rejected\"", "waiting for an executive");
    }

    @Test
    void anAuditorSeesTheLedgerRecentDecisionsAndStaleApprovals() {
        signIn(japanese, auditor);
        long entries = ledger.checkpoint(auditor.organizationId()).entries();
        assertThat(japanese.find(By.id("home-ledger-entries")).getText()).isEqualTo(String.valueOf(entries));
        assertThat(japanese.find(By.id("home-ledger")).getText()).contains("監査証跡の状態", "連鎖の末尾");
        assertThat(japanese.find(By.id("home-recent-decisions")).getText())
                .contains(criteriaRejected.title(), "却下", CRM);
        assertThat(japanese.find(By.id("home-stale")).getText()).contains("前提が変わった承認はありません");
        japanese.screenshot("home-auditor-ja");
    }

    @Test
    void anInitiativeShowsItsGateProgressAndALabelledKpiChart() {
        signIn(japanese, officer);
        japanese.open(url("/initiatives/" + crm.id()));
        assertThat(japanese.find(By.id("gate-progress")).getText()).contains("ゲート 4 件中 1 件承認");
        WebElement chart = japanese.find(By.cssSelector("svg.kpi-chart"));
        assertThat(chart.findElement(By.cssSelector(".chart-baseline text")).getText())
                .isEqualTo("現状値: 30 分");
        assertThat(chart.findElement(By.cssSelector(".chart-target text")).getText())
                .isEqualTo("目標値: 10 分");
        assertThat(chart.findElements(By.cssSelector(".chart-values circle"))).hasSize(2);
        assertThat(chart.findElements(By.cssSelector(".date-tick")))
                .extracting(WebElement::getText)
                .containsExactly(
                        LocalDate.now(OrganizationTime.DEFAULT_ZONE)
                                .minusDays(30)
                                .toString(),
                        LocalDate.now(OrganizationTime.DEFAULT_ZONE)
                                .minusDays(1)
                                .toString());
        japanese.screenshot("initiative-ja");

        signInInEnglish(officer);
        english.open(url("/initiatives/" + crm.id()));
        assertThat(english.find(By.id("gate-progress")).getText()).contains("1 of 4 gates approved");
        assertThat(english.find(By.cssSelector("svg.kpi-chart .chart-baseline text"))
                        .getText())
                .isEqualTo("Baseline: 30 分");
        assertThat(english.find(By.cssSelector("svg.kpi-chart .chart-target text"))
                        .getText())
                .isEqualTo("Target: 10 分");
        english.screenshot("initiative-en");
    }

    @Test
    void theListOfInitiativesSortsByAColumnAndPages() {
        signIn(japanese, executive);
        japanese.open(url("/initiatives?size=2"));
        assertThat(japanese.find(By.cssSelector("#initiative-results [role=status]"))
                        .getText())
                .isEqualTo("3 件");

        japanese.click(By.cssSelector("th a[data-sort=title]"));
        japanese.waitForUrl("sort=title");
        assertThat(japanese.find(By.cssSelector("th.sorted")).getDomAttribute("aria-sort"))
                .isEqualTo("ascending");
        assertThat(titles()).hasSize(2).first().isEqualTo(CRM);

        japanese.click(By.cssSelector("th a[data-sort=title]"));
        japanese.waitForUrl("sort=title,desc");
        assertThat(japanese.find(By.cssSelector("th.sorted")).getDomAttribute("aria-sort"))
                .isEqualTo("descending");
        assertThat(titles()).hasSize(2).doesNotContain(CRM);

        japanese.click(By.cssSelector(".pager a[rel=next]"));
        japanese.waitForUrl("page=1");
        assertThat(titles()).containsExactly(CRM);
        assertThat(japanese.find(By.cssSelector(".pager [aria-current=page]")).getText())
                .isEqualTo("2");
        assertThat(japanese.find(By.cssSelector("th.sorted")).getDomAttribute("aria-sort"))
                .as("the order holds from page to page")
                .isEqualTo("descending");
    }

    private List<String> titles() {
        return japanese.findAll(By.cssSelector("#initiative-table tbody tr td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private Decision request(Gate gate, String title) {
        io.mekiki.AcceptedReports.forGate(instructions, executive, officer, crm.id(), gate.topic());
        Basis basis = initiatives.basis(officer, crm.id(), gate);
        return as(
                officer,
                () -> decisions.request(
                        officer,
                        new NewDecision(
                                Initiatives.subject(crm.id()),
                                gate.topic(),
                                title,
                                "ご確認をお願いします。",
                                List.of("進める", "見送る"),
                                List.of(),
                                basis)));
    }

    private void decide(Decision decision, DecisionOutcome outcome) {
        as(executive, () -> decisions.decide(executive, decision.id(), outcome, "検討の結果です。", List.of()));
    }

    private void signIn(Browser browser, MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector(".home-panels"));
    }

    /** Signs in with the second browser and switches to English with the language buttons, as a reader would. */
    private void signInInEnglish(MekikiUser user) {
        signIn(english, user);
        english.click(By.cssSelector(".lang-switch button[value=en]"));
        english.waitForLanguage("en");
        english.find(By.cssSelector(".home-panels"));
    }

    private static <T> T as(MekikiUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
