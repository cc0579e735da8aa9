package io.mekiki.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.Browser;
import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.Level;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.EvidenceLink;
import io.mekiki.decision.NewDecision;
import io.mekiki.decision.Subject;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.Role;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePlan;
import io.mekiki.initiative.InitiativePlan.KpiDefinition;
import io.mekiki.initiative.Initiatives;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.ServiceModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The decisions list and a decision's page read like a board paper, in Japanese and in English: the
 * initiative by its title, the gate by its label, the basis as facts with the check items' titles, and
 * for an approval whose basis changed, the change in words and a "request again" that makes a new
 * request on the current basis.
 */
class DecisionsBrowserIT extends ApplicationTest {

    /** A gate that rests on the plan, the assets and the scoping alike (ADR 020). */
    private static final String GATE = "PREPARATION_CRITERIA_APPROVED";

    @RegisterExtension
    final Browser japanese = Browser.japanese();

    @RegisterExtension
    final Browser english = Browser.acceptingLanguage("en-US,en");

    private final IdentityFixtures fixtures;
    private final AssetRegister assets;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final CatalogReleases catalog;
    private final MyAccount accounts;
    private final io.mekiki.instruction.Instructions instructions;

    @Autowired
    DecisionsBrowserIT(
            IdentityFixtures fixtures,
            AssetRegister assets,
            Initiatives initiatives,
            Decisions decisions,
            CatalogReleases catalog,
            MyAccount accounts,
            io.mekiki.instruction.Instructions instructions) {
        this.instructions = instructions;
        this.accounts = accounts;
        this.fixtures = fixtures;
        this.assets = assets;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.catalog = catalog;
    }

    @Test
    void aStaleApprovalShowsItsChangeInWordsAndIsRequestedAgainOnTheCurrentBasisInBothLanguages() {
        readsLikeABoardPaper(
                japanese,
                Locale.JAPANESE,
                new Words("顧客台帳", "CRM を SaaS へ移行", "選定基準・チェックリストの承認", "追加", "アメリカ合衆国", "判断を依頼しました。"),
                "ja");
        readsLikeABoardPaper(
                english,
                Locale.ENGLISH,
                new Words(
                        "Customer ledger",
                        "Move the CRM to SaaS",
                        "Selection criteria and checklist approved",
                        "Added",
                        "United States",
                        "The decision has been requested."),
                "en");
    }

    /** What the reader reads in one language. */
    private record Words(
            String asset, String initiative, String gate, String added, String country, String requested) {}

    private void readsLikeABoardPaper(Browser browser, Locale locale, Words words, String language) {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        UUID asset = as(
                officer,
                () -> assets.register(
                                officer,
                                new AssetDetails(
                                        words.asset(),
                                        null,
                                        null,
                                        Set.of(AssetCategory.PERSONAL_DATA),
                                        Level.HIGH,
                                        Level.LOW,
                                        null,
                                        null,
                                        null))
                        .id());
        InitiativePlan plan = new InitiativePlan(
                words.initiative(),
                owner.userId(),
                "営業の顧客管理を SaaS に移す。",
                "保守費の削減",
                List.of(new KpiDefinition(null, "保守費", "百万円", new BigDecimal("12"), new BigDecimal("8"))),
                Set.of(asset),
                ServiceModel.SAAS,
                null,
                List.of("JP"),
                "JP");
        Initiative initiative = as(officer, () -> initiatives.create(officer, plan));
        io.mekiki.AcceptedReports.forGate(instructions, executive, officer, initiative.id(), GATE);
        Decision approved = decisions.request(
                officer,
                new NewDecision(
                        new Subject("INITIATIVE", initiative.id()),
                        GATE,
                        words.gate(),
                        "選定基準とチェックリストを承認してください。",
                        List.of("承認する"),
                        List.of(new EvidenceLink("LINK", "/initiatives/" + initiative.id(), words.initiative())),
                        new Basis(Map.of())));
        decisions.decide(executive, approved.id(), DecisionOutcome.APPROVED, "妥当である。", List.of());
        Initiative moved = as(
                officer,
                () -> initiatives.revise(
                        officer,
                        initiative.id(),
                        initiative.version(),
                        new InitiativePlan(
                                plan.title(),
                                plan.businessOwnerId(),
                                plan.purpose(),
                                plan.benefits(),
                                plan.kpis(),
                                plan.assetIds(),
                                plan.serviceModel(),
                                plan.deployment(),
                                List.of("JP", "US"),
                                plan.providerHeadquarters())));
        String personalDataItem = itemTitle(organization, initiative, Section.PERSONAL_DATA, locale);
        String overseasItem = itemTitle(organization, moved, Section.OVERSEAS, locale);

        accounts.changeLanguage(officer, locale);
        signIn(browser, officer);
        browser.open(url("/decisions"));
        browser.waitForText(By.cssSelector("table.decisions tbody tr .decision-subject"), words.initiative());
        assertThat(browser.find(By.cssSelector("table.decisions tbody tr .decision-gate"))
                        .getText())
                .isEqualTo(words.gate());
        assertThat(browser.findAll(By.cssSelector("#filter-subject option")))
                .anySatisfy(option -> assertThat(option.getText()).isEqualTo(words.initiative()));
        browser.screenshot("decisions-list-" + language);

        browser.open(url("/decisions/" + approved.id()));
        assertThat(browser.find(By.cssSelector(".decision-about .decision-subject"))
                        .getText())
                .isEqualTo(words.initiative());
        assertThat(browser.find(By.cssSelector(".decision-about .decision-gate"))
                        .getText())
                .isEqualTo(words.gate());
        String basis = browser.find(By.id("basis")).getText();
        assertThat(basis).contains(words.asset(), personalDataItem, "保守費").doesNotContain(overseasItem);
        assertThat(basis).doesNotContain(approved.basisHash()); // behind the technical-details toggle
        String changes = browser.find(By.id("changes")).getText();
        assertThat(changes).contains(words.added(), overseasItem, words.country());
        browser.screenshot("decision-" + language);

        browser.click(By.id("request-again"));
        browser.waitForUrl("/request-again");
        String options = browser.find(By.cssSelector("textarea[name=options]")).getDomProperty("value");
        assertThat(options.lines().count()).isGreaterThan(1);
        browser.click(By.cssSelector(".decision-request button[type=submit]"));
        browser.waitForText(By.cssSelector(".notice.success"), words.requested());

        List<Decision> onTheGate = decisions.ofSubject(organization, new Subject("INITIATIVE", initiative.id()));
        assertThat(onTheGate).hasSize(2);
        Decision again = onTheGate.get(0);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/decisions/" + again.id());
        assertThat(again.topic()).isEqualTo(GATE);
        assertThat(again.basisHash()).isNotEqualTo(approved.basisHash());
        assertThat(browser.find(By.id("basis")).getText()).contains(overseasItem, words.country());
    }

    /** The title of an item of the section that applies to the initiative, as the catalogue gives it. */
    private String itemTitle(UUID organization, Initiative initiative, Section section, Locale locale) {
        String itemId = initiative.scoping().itemsOf(section).get(0).itemId();
        CheckItem item = catalog.current(organization).item(itemId).orElseThrow();
        return item.title().in(locale);
    }

    private void signIn(Browser browser, MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }

    private static <T> T as(MekikiUser user, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
