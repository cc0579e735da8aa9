package io.mekiki.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.Browser;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forms that guide, in both languages: a move that cannot work shows its button disabled with the
 * reason beside it, and a refused form puts its errors at the top, with the focus there and a link to
 * each field.
 */
class FormsGuideBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser browser = Browser.japanese();

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final io.mekiki.instruction.Instructions instructions;

    @Autowired
    FormsGuideBrowserIT(
            IdentityFixtures fixtures,
            InitiativeFixtures initiatives,
            io.mekiki.instruction.Instructions instructions) {
        this.instructions = instructions;
        this.fixtures = fixtures;
        this.initiatives = initiatives;
    }

    @Test
    void aBlockedMoveShowsItsReasonBesideTheDisabledButton() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID initiative = initiatives.initiative(officer.organizationId());
        signIn(officer);

        browser.open(url("/initiatives/" + initiative));
        // nothing done yet: the first to act is the executive, who instructs the work the gates rest on
        assertBlocked("まだ進めません", "事前調査結果の確認", "まず 経営層：指示を出す");
        browser.screenshot("initiative-blocked-move-ja");

        switchToEnglish();
        assertBlocked("Not possible yet", "Survey reviewed", "first Executive: issue the instruction");
        browser.screenshot("initiative-blocked-move-en");
    }

    @Test
    void aRefusedFormPutsItsErrorsAtTheTopWithTheFocusAndALinkToEachField() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        signIn(officer);

        submitAnEmptyInitiative();
        assertErrorSummary(List.of("title", "businessOwnerId"));
        browser.screenshot("initiative-form-errors-ja");

        switchToEnglish();
        submitAnEmptyInitiative();
        WebElement summary = assertErrorSummary(List.of("title", "businessOwnerId"));
        assertThat(summary.getText()).contains("correcting");

        // a link of the summary takes the focus to its field
        summary.findElement(By.cssSelector("a[href='#title']")).click();
        assertThat(activeElement().getDomAttribute("id")).isEqualTo("title");
        browser.screenshot("initiative-form-errors-en");
    }

    @Test
    void aFormEmbeddedInAPageSummarisesItsErrorsAboveItselfWithLinksToItsOwnFields() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID initiative = initiatives.initiative(officer.organizationId());
        signIn(officer);
        String gate = "PREPARATION_PURPOSE_APPROVED";
        // the gate's form is offered once the report its decision rests on is accepted
        io.mekiki.AcceptedReports.forGate(
                instructions, fixtures.user(officer.organizationId(), Role.EXECUTIVE), officer, initiative, gate);

        for (String language : List.of("ja", "en")) {
            if (language.equals("en")) {
                switchToEnglish();
            }
            browser.open(url("/initiatives/" + initiative));
            browser.click(By.cssSelector("#gate-" + gate + " details.gate-request > summary"));
            // the options come prefilled with the gate's options from the guide: empty them too
            browser.find(By.id("decision-" + gate + "-options")).clear();
            browser.click(By.cssSelector("#gate-" + gate + " form button[type=submit]"));
            WebElement summary = browser.find(By.cssSelector("#gate-" + gate + " form > .error-summary"));
            assertThat(activeElement()).isEqualTo(summary);
            List<String> targets = summary.findElements(By.cssSelector("a")).stream()
                    .map(link -> link.getDomAttribute("href"))
                    .toList();
            assertThat(targets)
                    .as("both empty fields at once, each linked to its own field of this form")
                    .containsExactly("#decision-" + gate + "-proposal", "#decision-" + gate + "-options");
            assertThat(summary.getText()).contains(language.equals("ja") ? "提案：" : "Proposal: ");
        }
    }

    @Test
    void enterInAKpiFieldSavesTheFormInsteadOfAddingAKpiRow() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        signIn(officer);

        for (String language : List.of("ja", "en")) {
            if (language.equals("en")) {
                switchToEnglish();
            }
            browser.open(url("/initiatives/new"));
            browser.type(By.id("kpis0.name"), "商談化率\n");

            // saving was tried (and refused for the missing title): adding a row refuses nothing
            assertErrorSummary(List.of("title", "businessOwnerId"));
            assertThat(browser.find(By.id("kpis0.name")).getDomProperty("value"))
                    .isEqualTo("商談化率");
        }
    }

    @Test
    void anAssetAddedFromTheInitiativeFormAppearsChosenWithoutReloadingThePage() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        signIn(officer);

        for (String language : List.of("ja", "en")) {
            if (language.equals("en")) {
                switchToEnglish();
            }
            String asset = language.equals("ja") ? "人事評価記録" : "Appraisal records";
            browser.open(url("/initiatives/new"));
            browser.type(By.id("title"), "人事評価のSaaS化");
            ((JavascriptExecutor) browser.driver()).executeScript("window.samePage = true");
            WebElement details = browser.find(By.cssSelector("details.add-asset"));
            if (!"true".equals(String.valueOf(details.getDomProperty("open")))) {
                browser.click(By.cssSelector("details.add-asset > summary"));
            }
            browser.type(By.id("newAssetName"), asset);
            browser.click(By.cssSelector("#newAssetCategories input[value=PERSONAL_DATA]"));
            browser.click(By.cssSelector("#newAssetValue input[value=HIGH]"));
            browser.click(By.cssSelector("#newAssetRiskTolerance input[value=LOW]"));
            browser.click(By.id("add-asset-button"));

            WebElement added = browser.waitForText(By.cssSelector("[data-asset-added]"), asset);
            assertThat(activeElement()).as("the confirmation takes the focus").isEqualTo(added);
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.samePage === true"))
                    .as("only the assets part was replaced, the page was not reloaded")
                    .isEqualTo(true);
            WebElement choice = browser.find(By.xpath(
                    "//fieldset[@id='assets-field']//label[contains(., '" + asset + "')]//input[@name='assetIds']"));
            assertThat(choice.isSelected()).as("the new asset is chosen").isTrue();
            assertThat(browser.find(By.id("title")).getDomProperty("value"))
                    .as("what was typed elsewhere stays")
                    .isEqualTo("人事評価のSaaS化");
            browser.screenshot("initiative-asset-added-" + language);
        }
    }

    private void assertBlocked(String blocked, String gate, String whoActs) {
        WebElement button = browser.find(By.cssSelector("#move form button[type=submit]"));
        assertThat(button.isEnabled()).isFalse();
        WebElement reason = browser.find(By.id(button.getDomAttribute("aria-describedby")));
        assertThat(reason.getText()).contains(blocked, gate, whoActs);
        // beside the button, not somewhere else on the page
        assertThat(reason.getLocation().getY())
                .isLessThan(button.getLocation().getY() + button.getSize().getHeight());
    }

    private void submitAnEmptyInitiative() {
        browser.open(url("/initiatives/new"));
        browser.click(By.cssSelector("form.initiative-form button[type=submit].primary"));
        browser.find(By.cssSelector(".error-summary"));
    }

    /** Every error is listed at the top, each a link to a field on the page, and the focus is on the list. */
    private WebElement assertErrorSummary(List<String> fields) {
        WebElement summary = browser.find(By.cssSelector("form.initiative-form > .error-summary"));
        assertThat(activeElement()).isEqualTo(summary);
        List<String> targets = summary.findElements(By.cssSelector("a")).stream()
                .map(link -> link.getDomAttribute("href").substring(1))
                .toList();
        assertThat(targets).containsAll(fields);
        for (String target : targets) {
            assertThat(browser.findAll(By.id(target))).as(target).hasSize(1);
        }
        // every missing field is marked at once
        for (String field : fields) {
            assertThat(browser.find(By.id(field)).getDomAttribute("aria-invalid"))
                    .as(field)
                    .isEqualTo("true");
        }
        return summary;
    }

    private WebElement activeElement() {
        return (WebElement) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement");
    }

    private void switchToEnglish() {
        browser.click(By.cssSelector(".lang-switch button[value=en]"));
        browser.waitForLanguage("en");
    }

    private void signIn(MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }
}
