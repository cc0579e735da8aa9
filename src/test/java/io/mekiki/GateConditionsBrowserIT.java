package io.mekiki;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.Level;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePlan;
import io.mekiki.initiative.Initiatives;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.ServiceModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A gate rests on work and on its own facts, as a risk officer and an executive see it in two headless
 * Chromiums: the survey decision cannot be asked for before the survey report is accepted, and can
 * after; a KPI reworded after the approvals leaves the survey and policy approvals current, while moving
 * the data to another country stales the approval whose facts include the scoping (the policy review)
 * and leaves the survey, which rests on the assets alone.
 */
class GateConditionsBrowserIT extends ApplicationTest {

    private static final String SURVEY = "PREPARATION_SURVEY_REVIEWED";
    private static final String POLICIES = "PREPARATION_POLICIES_REVIEWED";
    private static final String SURVEY_TITLE = "事前調査結果の確認";

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser executiveBrowser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final AssetRegister assets;
    private final Initiatives initiatives;
    private final Instructions instructions;
    private final Decisions decisions;

    private MekikiUser officer;
    private MekikiUser executive;
    private Initiative initiative;

    @Autowired
    GateConditionsBrowserIT(
            IdentityFixtures fixtures,
            AssetRegister assets,
            Initiatives initiatives,
            Instructions instructions,
            Decisions decisions) {
        this.fixtures = fixtures;
        this.assets = assets;
        this.initiatives = initiatives;
        this.instructions = instructions;
        this.decisions = decisions;
    }

    @BeforeEach
    void anInitiativeWithAKpiAndItsDataInJapan() {
        UUID organization = fixtures.organization();
        officer = fixtures.user(organization, Role.RISK_OFFICER);
        executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        UUID customers = as(
                officer,
                () -> assets.register(
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
                        .id());
        initiative = as(
                officer,
                () -> initiatives.create(
                        officer,
                        new InitiativePlan(
                                "顧客管理のSaaS化",
                                owner.userId(),
                                "顧客情報を一元化する。",
                                "商談の取りこぼしが減る。",
                                List.of(new InitiativePlan.KpiDefinition(
                                        null, "商談化率", "%", new BigDecimal("12"), new BigDecimal("20"))),
                                Set.of(customers),
                                ServiceModel.SAAS,
                                null,
                                List.of("JP"),
                                null)));
    }

    @Test
    void theSurveyDecisionWaitsForTheAcceptedReportAndEachApprovalGoesStaleOnlyWithItsOwnFacts() {
        signIn(officerBrowser, officer);
        signIn(executiveBrowser, executive);
        String page = url("/initiatives/" + initiative.id());

        // nothing done yet: the executive instructs first, and no decision can be asked for
        officerBrowser.open(page);
        assertThat(condition(SURVEY).getDomAttribute("class")).contains("unmet");
        assertThat(condition(SURVEY).getText()).contains("事前調査", "経営層：指示を出す");
        requestIsRefusedOnThePage();
        officerBrowser.screenshot("gate-conditions-ja");

        Instruction survey = issue(SURVEY, LifeCyclePhase.PREPARATION, "預ける情報の価値とリスク許容度の調査");
        officerBrowser.open(page);
        assertThat(condition(SURVEY).getText()).contains("担当者（" + officer.displayName() + "）：報告する");
        requestIsRefusedOnThePage();

        officerBrowser.open(url("/instructions/" + survey.id()));
        officerBrowser.type(By.id("report-text"), "顧客台帳は約12万件の個人データを含み、リスク許容度は低い。");
        officerBrowser.click(By.cssSelector("form.report-form button[type=submit]"));
        officerBrowser.find(By.cssSelector(".badge.status-REPORTED"));
        officerBrowser.open(page);
        assertThat(condition(SURVEY).getText()).contains("経営層（" + executive.displayName() + "）：報告を確認して受理する");
        requestIsRefusedOnThePage();

        executiveBrowser.open(url("/instructions/" + survey.id()));
        executiveBrowser.type(By.id("accept-comment"), "十分です。受理します。");
        executiveBrowser.click(By.cssSelector("form[action$='/acceptance'] button[type=submit]"));
        executiveBrowser.find(By.cssSelector(".badge.status-ACCEPTED"));

        // the report is accepted: the gate's own form asks for the decision
        officerBrowser.open(page);
        assertThat(condition(SURVEY).getDomAttribute("class")).contains("met").doesNotContain("unmet");
        assertThat(officerBrowser.findAll(By.cssSelector("#gate-" + SURVEY + " .gate-request-blocked")))
                .isEmpty();
        officerBrowser.click(By.cssSelector("#gate-" + SURVEY + " details.gate-request > summary"));
        officerBrowser.type(By.id("decision-" + SURVEY + "-proposal"), "調査結果を確認済みとしたい。");
        officerBrowser.type(By.id("decision-" + SURVEY + "-options"), "確認済みとする\n追加の調査を指示する");
        officerBrowser.click(By.cssSelector("#gate-" + SURVEY + " form button[type=submit]"));
        officerBrowser.find(By.cssSelector("#gate-" + SURVEY + ".state-WAITING"));
        executiveDecidesFromHome(SURVEY_TITLE);

        // the policy review, approved the same way (its report accepted first), rests on the scoping
        Decision policies = approvedWithItsReport(POLICIES, "社内規程の見直し");
        officerBrowser.open(page);
        assertThat(gateClass(SURVEY)).contains("state-APPROVED");
        assertThat(gateClass(POLICIES)).contains("state-APPROVED");

        editThePlan(() -> officerBrowser.type(By.id("kpis0.name"), "商談化率（新規顧客）"));
        assertThat(gateClass(SURVEY)).as("a reworded KPI leaves the survey").contains("state-APPROVED");
        assertThat(gateClass(POLICIES)).as("and the policy review").contains("state-APPROVED");

        editThePlan(() -> officerBrowser.type(By.id("dataLocations"), "US"));
        assertThat(gateClass(POLICIES)).as("data abroad changes the scoping").contains("state-STALE");
        assertThat(gateClass(SURVEY)).as("the survey rests on the assets alone").contains("state-APPROVED");
        assertThat(decisions.decision(officer, policies.id()).stale()).isTrue();
        assertThat(officerBrowser.find(By.cssSelector(".notice.warning")).getText())
                .contains("社内規程の確認");
    }

    /** The gate's request button is there but disabled, with the unmet condition named beside it. */
    private void requestIsRefusedOnThePage() {
        String article = "#gate-" + SURVEY;
        assertThat(officerBrowser.findAll(By.cssSelector(article + " details.gate-request")))
                .isEmpty();
        WebElement button = officerBrowser.find(By.cssSelector(article + " .gate-request-blocked button"));
        assertThat(button.isEnabled()).isFalse();
        WebElement reason = officerBrowser.find(By.id(button.getDomAttribute("aria-describedby")));
        assertThat(reason.getText()).contains("まだ経営判断を依頼できません", "事前調査");
    }

    private WebElement condition(String gate) {
        return officerBrowser.find(By.cssSelector("#gate-" + gate + " li[data-condition=REPORT_ACCEPTED]"));
    }

    private String gateClass(String gate) {
        return officerBrowser.find(By.id("gate-" + gate)).getDomAttribute("class");
    }

    private void editThePlan(Runnable change) {
        officerBrowser.open(url("/initiatives/" + initiative.id() + "/edit"));
        change.run();
        officerBrowser.click(By.cssSelector("form.initiative-form button[type=submit].primary"));
        officerBrowser.waitForText(By.tagName("h1"), "顧客管理のSaaS化");
        officerBrowser.find(By.id("gate-" + SURVEY));
    }

    private void executiveDecidesFromHome(String title) {
        executiveBrowser.open(url("/"));
        executiveBrowser.click(
                By.xpath("//*[@id='home-waiting']//a[@class='home-item' and normalize-space()='" + title + "']"));
        executiveBrowser.waitForText(By.tagName("h1"), title);
        executiveBrowser.click(By.cssSelector("input[name=outcome][value=APPROVED]"));
        executiveBrowser.type(By.id("rationale"), "調査は十分。");
        executiveBrowser.click(By.cssSelector("#decide form button[type=submit]"));
        executiveBrowser.waitForText(By.cssSelector(".notice.success"), "判断を記録しました。");
    }

    private Instruction issue(String gate, LifeCyclePhase phase, String title) {
        return as(
                executive,
                () -> instructions.issue(
                        executive,
                        new NewInstruction(
                                "INITIATIVE",
                                initiative.id(),
                                phase,
                                gate,
                                List.of(),
                                title,
                                "",
                                officer.userId(),
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(14),
                                null)));
    }

    private Decision approvedWithItsReport(String gate, String title) {
        Instruction issued = issue(gate, LifeCyclePhase.PREPARATION, title);
        as(officer, () -> instructions.report(officer, issued.id(), "見直す箇所をまとめた。", List.of()));
        as(executive, () -> instructions.accept(executive, issued.id(), "受理します。"));
        Decision requested = decisions.request(
                officer,
                new NewDecision(
                        Initiatives.subject(initiative.id()),
                        gate,
                        title,
                        "見直しの結果を確認済みとしたい。",
                        List.of("確認済みとする", "改定を指示する"),
                        List.of(),
                        new Basis(Map.of())));
        return decisions.decide(executive, requested.id(), DecisionOutcome.APPROVED, "妥当。", List.of());
    }

    private void signIn(Browser browser, MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }

    private static <T> T as(MekikiUser user, Supplier<T> call) {
        return AcceptedReports.as(user, call);
    }
}
