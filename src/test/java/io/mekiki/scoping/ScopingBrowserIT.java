package io.mekiki.scoping;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "What applies to us" in a real browser: a risk officer describes the planned use, and the sections
 * that apply appear as the answers change, with reasons naming the assets and countries; then in
 * English, on paper, and without JavaScript.
 */
class ScopingBrowserIT extends ApplicationTest {

    private static final By HEADING = By.tagName("h1");
    private static final By PERSONAL_DATA = By.id("section-PERSONAL_DATA");
    private static final By OVERSEAS = By.id("section-OVERSEAS");
    private static final By TRADE_SECRET = By.id("section-TRADE_SECRET");
    private static final By SUMMARY = By.cssSelector("#scoping-result .summary");

    private final IdentityFixtures identities;

    @Autowired
    ScopingBrowserIT(IdentityFixtures identities) {
        this.identities = identities;
    }

    @Test
    void sectionsAppearAsTheAnswersChangeWithTheirReasonsInBothLanguages() {
        try (ScopingBrowser browser = ScopingBrowser.withJavaScript()) {
            signIn(browser);
            browser.click(By.cssSelector("nav.sidebar a[href$='/scoping']"));
            browser.waitForUrl("/scoping");
            assertThat(browser.find(HEADING).getText()).isEqualTo("適用判定");
            assertThat(browser.find(By.cssSelector("nav.sidebar a.active")).getText())
                    .isEqualTo("適用判定");
            assertThat(browser.textOf(By.id("excluded-PERSONAL_DATA")))
                    .contains("個人情報（要配慮個人情報・マイナンバーを含む）を含む情報資産がありません。");
            assertThat(browser.present(PERSONAL_DATA)).isFalse();

            browser.type(By.id("assetName-0"), "Payroll");
            browser.click(By.id("asset-0-PERSONAL_DATA"));
            assertThat(browser.waitForText(PERSONAL_DATA, "Payroll"))
                    .contains("個人情報")
                    .contains("情報資産「Payroll」が個人情報を含みます。")
                    .contains("PD-CHAR-01")
                    .contains("個人情報保護法 第25条");
            browser.waitForAbsence(By.id("excluded-PERSONAL_DATA"));
            assertThat(browser.find(By.cssSelector("#item-PD-CHAR-01 a")).getDomAttribute("href"))
                    .as("each item leads to its page in the catalogue")
                    .isEqualTo("/catalog/items/PD-CHAR-01?release=2026.2");
            // the provider's country is not answered: rule set 2 (release 2026.2) counts it as possibly foreign
            assertThat(browser.textOf(OVERSEAS)).contains("事業者の所在国が分からないため、国外の可能性があるものとして含めています。");

            // chosen by name in the reader's language from the searchable list; leaving the field evaluates
            browser.type(By.id("dataLocation"), "アメリカ合衆国\t");
            assertThat(browser.waitForText(OVERSEAS, "データの保存場所 アメリカ合衆国 (US) は日本国外です。"))
                    .contains("ガイド 3.2");
            assertThat(browser.textOf(PERSONAL_DATA))
                    .as("cross-border items of personal data join in")
                    .contains("PD-FOREIGN-01");

            browser.type(By.id("assetName-1"), "Designs");
            browser.click(By.id("asset-1-TRADE_SECRET"));
            assertThat(browser.waitForText(TRADE_SECRET, "情報資産「Designs」が営業秘密を含みます。"))
                    .contains("営業秘密");
            assertThat(browser.textOf(By.id("group-LEGAL")))
                    .as("grouped as the guide's reading guide: 3.1 holds trade secrets and personal data")
                    .contains("営業秘密", "個人情報");
            assertThat(browser.textOf(SUMMARY)).contains("2026.2");
            assertThat(browser.currentUrl())
                    .as("the address follows the answers")
                    .contains("assetName=Payroll", "dataLocation=US");

            browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
            browser.waitForLanguage("en");
            assertThat(browser.find(HEADING).getText()).isEqualTo("What applies to us");
            assertThat(browser.find(By.id("assetName-0")).getDomProperty("value"))
                    .as("the answers survive the language switch")
                    .isEqualTo("Payroll");
            assertThat(browser.textOf(PERSONAL_DATA))
                    .contains("Personal data")
                    .contains("Asset 'Payroll' holds information of the category 'Personal data'.")
                    .contains("APPI Art. 25");
            assertThat(browser.textOf(OVERSEAS)).contains("The data location United States (US) is outside Japan.");
            assertThat(browser.textOf(TRADE_SECRET))
                    .contains("Asset 'Designs' holds information of the category 'Trade secrets'.");
            assertThat(browser.textOf(By.id("excluded-TAX_RECORDS")))
                    .contains(
                            "No asset holds national-tax records, e-transaction data or board and financial records.");

            // the sharper facts of rule set 2: the parent's country alone brings its own reason
            browser.type(By.id("parentCountry"), "China\t");
            assertThat(browser.waitForText(OVERSEAS, "ultimate parent company is outside Japan"))
                    .contains("(CN)");
            assertThat(browser.currentUrl()).contains("parentCountry=CN");

            browser.click(By.cssSelector("button.add-asset"));
            browser.find(By.id("assetName-2"));
            assertThat(browser.activeElementId())
                    .as("the new row is ready to type in")
                    .isEqualTo("assetName-2");
            assertThat(browser.find(By.id("assetName-0")).getDomProperty("value"))
                    .isEqualTo("Payroll");

            browser.click(By.id("asset-2-OTHER"));
            assertThat(browser.waitForText(By.cssSelector("#scoping-result .problems"), "asset 3"))
                    .as("an answer to correct is named, without the form being redrawn")
                    .contains("Correct the marked answers to see what applies.")
                    .contains("Name of asset 3: Give this asset a name; the reasons refer to it.");
            browser.type(By.id("assetName-2"), "Brochures");
            browser.click(By.id("asset-2-OTHER"));
            browser.waitForText(PERSONAL_DATA, "Payroll");

            browser.emulatePrint();
            assertThat(browser.displayed(By.id("scoping-form")))
                    .as("the form is not printed")
                    .isFalse();
            assertThat(browser.displayed(By.cssSelector("nav.sidebar"))).isFalse();
            assertThat(browser.displayed(By.cssSelector("#scoping-result .answers")))
                    .as("the answers are printed with the result")
                    .isTrue();
            assertThat(browser.displayed(PERSONAL_DATA)).isTrue();
        }
    }

    @Test
    void withoutJavaScriptTheFormPostsAndTheWholePageComesBack() {
        try (ScopingBrowser browser = ScopingBrowser.withoutJavaScript()) {
            signIn(browser);
            browser.open(url("/scoping"));
            browser.type(By.id("assetName-0"), "Payroll");
            browser.click(By.id("asset-0-PERSONAL_DATA"));
            browser.click(By.cssSelector("#scoping-form .toolbar button[type=submit]"));

            assertThat(browser.waitForText(PERSONAL_DATA, "Payroll")).contains("情報資産「Payroll」が個人情報を含みます。");
            assertThat(browser.find(By.id("assetName-0")).getDomProperty("value"))
                    .isEqualTo("Payroll");

            browser.click(By.id("asset-1-TRADE_SECRET"));
            browser.click(By.cssSelector("#scoping-form .toolbar button[type=submit]"));
            assertThat(browser.waitForText(By.id("assetName-1-error"), "名前"))
                    .isEqualTo("この情報資産に名前を付けてください。判定理由の中で使います。");
            assertThat(browser.present(PERSONAL_DATA))
                    .as("no result while an answer is wrong")
                    .isFalse();

            browser.click(By.cssSelector("button.add-asset"));
            browser.find(By.id("assetName-2"));
            assertThat(browser.find(By.id("asset-1-TRADE_SECRET")).isSelected()).isTrue();
        }
    }

    private void signIn(ScopingBrowser browser) {
        MekikiUser user = identities.userInNewOrganization(Role.RISK_OFFICER);
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("main form button[type=submit]"));
        browser.find(By.cssSelector("nav.sidebar"));
    }
}
