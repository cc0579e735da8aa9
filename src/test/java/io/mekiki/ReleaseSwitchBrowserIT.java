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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation that has worked on release 2026.1 moves to 2026.2, as its administrator (in English)
 * and its risk officer (in Japanese) see it in two headless Chromiums: the administrator reads what the
 * move changes, switches, and the open initiative is rescoped against the new release — export-controlled
 * technology kept in Japan now brings the technology-export section — with the release change named in
 * its history, while the approval that rested on the scoping turns stale.
 */
class ReleaseSwitchBrowserIT extends ApplicationTest {

    private static final String POLICIES = "PREPARATION_POLICIES_REVIEWED";

    @RegisterExtension
    final Browser adminBrowser = Browser.acceptingLanguage("en-US,en");

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final AssetRegister assets;
    private final Initiatives initiatives;
    private final Instructions instructions;
    private final Decisions decisions;
    private final JdbcClient jdbc;

    private MekikiUser admin;
    private MekikiUser officer;
    private MekikiUser executive;
    private Initiative initiative;

    @Autowired
    ReleaseSwitchBrowserIT(
            IdentityFixtures fixtures,
            AssetRegister assets,
            Initiatives initiatives,
            Instructions instructions,
            Decisions decisions,
            JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.assets = assets;
        this.initiatives = initiatives;
        this.instructions = instructions;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void anOrganisationOnRelease2026_1WithDesignDrawingsInJapan() {
        UUID organization = fixtures.organization();
        // as an organisation created before 2026.2 shipped: its release stays 2026.1 until someone moves it
        jdbc.sql("""
                        insert into catalog_active_release (organization_id, release_key)
                        select ?, key from catalog_release where release_id = '2026.1' and organization_id is null
                        on conflict (organization_id) do update set release_key = excluded.release_key""").param(organization).update();
        admin = fixtures.user(organization, Role.ADMIN);
        officer = fixtures.user(organization, Role.RISK_OFFICER);
        executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        UUID drawings = as(
                officer,
                () -> assets.register(
                                officer,
                                new AssetDetails(
                                        "製品設計図",
                                        "開発本部",
                                        null,
                                        Set.of(AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY),
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
                                "設計データの共有基盤",
                                owner.userId(),
                                "拠点間で設計データを共有する。",
                                "図面の受け渡しが早くなる。",
                                List.of(new InitiativePlan.KpiDefinition(
                                        null, "図面の受け渡し時間", "時間", new BigDecimal("48"), new BigDecimal("4"))),
                                Set.of(drawings),
                                ServiceModel.SAAS,
                                null,
                                List.of("JP"),
                                "JP")));
    }

    @Test
    void theAdministratorReadsTheChangesSwitchesAndTheOpenInitiativeIsRescopedWithItsApprovalStale() {
        assertThat(as(officer, () -> initiatives.initiative(officer, initiative.id()))
                        .scopingRelease())
                .isEqualTo("2026.1");
        Decision policies = approvedWithItsReport();
        signIn(adminBrowser, admin);
        adminBrowser.click(By.cssSelector("form.lang-switch button[value=en]"));
        adminBrowser.waitForLanguage("en");
        signIn(officerBrowser, officer);

        officerBrowser.open(url("/initiatives/" + initiative.id()));
        assertThat(officerBrowser.findAll(By.id("section-TECHNOLOGY_EXPORT")))
                .as("2026.1 asks about export control only when something is abroad")
                .isEmpty();

        // what the move would change, in English
        adminBrowser.open(url("/catalog/releases"));
        adminBrowser.click(By.cssSelector("a[href*='/catalog/releases/2026.2/changes']"));
        adminBrowser.waitForText(By.tagName("h1"), "2026.2");
        assertThat(adminBrowser.find(By.tagName("h1")).getText()).contains("2026.1");
        assertThat(adminBrowser.find(By.id("sections-heading")).getText()).isEqualTo("Sections that changed");
        assertThat(adminBrowser.find(By.cssSelector(".change-summary")).getText())
                .contains("from 1 to 2");
        String added = adminBrowser
                .find(By.cssSelector("[aria-labelledby=added-heading]"))
                .getText();
        assertThat(added).contains("EX-REACH-01", "CI-");
        adminBrowser.screenshot("release-changes-en");

        // the switch
        adminBrowser.open(url("/catalog/releases"));
        adminBrowser.click(By.cssSelector("button[aria-label*='2026.2']"));
        adminBrowser.waitForText(By.cssSelector(".notice.success"), "2026.2");

        // the open initiative follows after commit, its history names the release change
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "2026.2"
                        .equals(as(officer, () -> initiatives.initiative(officer, initiative.id()))
                                .scopingRelease()));
        officerBrowser.open(url("/initiatives/" + initiative.id()));
        assertThat(officerBrowser.find(By.id("section-TECHNOLOGY_EXPORT")).getText())
                .contains("外為法第25条第1項");
        String latest = officerBrowser
                .find(By.cssSelector("ol.scoping-history > li:first-child"))
                .getText();
        assertThat(latest)
                .contains("有効なカタログリリースの切り替え")
                .contains("カタログ版が 2026.1 から 2026.2 に変わりました。")
                .contains("EX-REACH-01");
        assertThat(officerBrowser.find(By.id("gate-" + POLICIES)).getDomAttribute("class"))
                .as("the policy review rested on the scoping")
                .contains("state-STALE");
        assertThat(decisions.decision(officer, policies.id()).stale()).isTrue();
        officerBrowser.screenshot("release-switch-ja");
    }

    private Decision approvedWithItsReport() {
        Instruction issued = as(
                executive,
                () -> instructions.issue(
                        executive,
                        new NewInstruction(
                                "INITIATIVE",
                                initiative.id(),
                                LifeCyclePhase.PREPARATION,
                                POLICIES,
                                List.of(),
                                "社内規程の見直し",
                                "",
                                officer.userId(),
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(14),
                                null)));
        as(officer, () -> instructions.report(officer, issued.id(), "見直す箇所をまとめた。", List.of()));
        as(executive, () -> instructions.accept(executive, issued.id(), "受理します。"));
        Decision requested = decisions.request(
                officer,
                new NewDecision(
                        Initiatives.subject(initiative.id()),
                        POLICIES,
                        "社内規程の見直し",
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
