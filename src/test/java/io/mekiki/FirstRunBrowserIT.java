package io.mekiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first run as a new customer lives it, in a real browser: Mekiki starts on an empty database,
 * prints a one-time setup link in its log, and whoever opens it registers the organisation and its
 * first administrator, signs in, works in English, and checks the audit ledger.
 *
 * <p>Its own application and database (not {@link ApplicationTest}'s shared one), since the first run
 * only happens while no user exists. The output capture is declared before {@code @SpringBootTest}
 * so that it already listens while the application starts and logs the link.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstRunBrowserIT {

    private static final Path DATA_DIRECTORY = ApplicationTest.temporaryDirectory("mekiki-first-run-");
    private static final Pattern SETUP_LINK = Pattern.compile("(http://\\S+/setup\\?token=[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "a long passphrase, 2026";
    private static final String EMAIL = "hanako.yamada@example.jp";
    private static final String NAME = "山田 花子";

    private static final By SUBMIT = By.cssSelector("main form.form button[type=submit]");
    private static final By HEADING = By.tagName("h1");

    @RegisterExtension
    final Browser browser = Browser.japanese();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        registry.add("mekiki.data-dir", DATA_DIRECTORY::toString);
    }

    @Test
    void theFirstAdministratorSetsUpSignsInSwitchesToEnglishAndVerifiesTheLedger(CapturedOutput output) {
        String setupLink = setupLinkFromTheLog(output.getOut());
        assertThat(setupLink).startsWith("http://localhost:" + port + "/setup?token=");

        browser.open(setupLink);
        browser.waitForLanguage("ja");
        assertThat(browser.find(HEADING).getText()).isEqualTo("Mekiki の初期設定");

        browser.type(By.id("organizationName"), "目利き商事株式会社");
        browser.type(By.id("adminName"), NAME);
        browser.type(By.id("email"), EMAIL);
        browser.type(By.id("password"), "too short");
        browser.type(By.id("passwordConfirmation"), "too short");
        browser.click(SUBMIT);
        assertThat(browser.find(By.id("password-error")).getText()).isEqualTo("パスワードは12文字以上にしてください。");
        assertThat(browser.find(By.id("organizationName")).getAttribute("value"))
                .as("what was typed stays in the form")
                .isEqualTo("目利き商事株式会社");

        browser.type(By.id("password"), PASSWORD);
        browser.type(By.id("passwordConfirmation"), PASSWORD);
        WebElement executive = browser.find(By.cssSelector("input[name=roles][value=EXECUTIVE]"));
        if (!executive.isSelected()) {
            executive.click();
        }
        browser.click(SUBMIT);
        browser.waitForUrl("/login");
        assertThat(browser.find(By.cssSelector(".notice.success")).getText())
                .isEqualTo("初期設定が完了しました。登録したメールアドレスとパスワードでサインインしてください。");

        signIn();
        assertThat(browser.waitForText(HEADING, "ようこそ").getText()).isEqualTo("ようこそ、山田 花子 さん");
        assertThat(browser.find(By.cssSelector("header .org")).getText()).isEqualTo("目利き商事株式会社");

        browser.open(url("/no-such-page"));
        assertThat(browser.waitForText(HEADING, "ページ").getText()).isEqualTo("ページが見つかりません");
        browser.open(url("/"));

        browser.click(By.cssSelector("header form.lang-switch button[value=en]"));
        browser.waitForLanguage("en");
        assertThat(browser.find(HEADING).getText()).isEqualTo("Welcome, 山田 花子");

        browser.click(By.cssSelector("nav.sidebar a[href$='/phases/preparation']"));
        browser.waitForUrl("/phases/preparation");
        browser.waitForLanguage("en");
        assertThat(browser.find(HEADING).getText()).isEqualTo("Preparation");
        assertThat(browser.find(By.cssSelector("nav.sidebar")).getText())
                .contains("Comparison and selection", "Audit ledger", "My account");

        browser.open(url("/no-such-page"));
        browser.waitForLanguage("en");
        assertThat(browser.find(HEADING).getText()).isEqualTo("Page not found");
        browser.open(url("/"));

        browser.click(By.cssSelector("header form[action$='/logout'] button"));
        browser.waitForUrl("/login?logout");
        // without the cookie the browser only asks for Japanese: English can now come only from the account
        browser.deleteCookie("mekiki-lang");
        browser.open(url("/login"));
        browser.waitForLanguage("ja");
        signIn();
        browser.waitForLanguage("en");
        assertThat(browser.find(HEADING).getText()).isEqualTo("Welcome, 山田 花子");

        browser.click(By.cssSelector("nav.sidebar a[href$='/audit']"));
        browser.waitForUrl("/audit");
        assertThat(browser.find(HEADING).getText()).isEqualTo("Audit ledger");
        List<String> sentences = browser.findAll(By.cssSelector(".ledger-sentence")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(sentences)
                .anyMatch(sentence -> sentence.contains("created the organisation"))
                .anyMatch(sentence -> sentence.contains("created the user “山田 花子”"))
                .anyMatch(sentence -> sentence.contains("山田 花子 changed the language of “山田 花子”"));

        browser.click(By.cssSelector("button[hx-get$='/audit/verify']"));
        assertThat(browser.find(By.id("verification-result")).getText())
                .contains("The chain is intact.", "Checked " + sentences.size() + " entries, from #1 (")
                .contains("java tools/VerifyLedger.java");
    }

    private void signIn() {
        browser.type(By.id("email"), EMAIL);
        browser.type(By.id("password"), PASSWORD);
        browser.click(SUBMIT);
        browser.find(By.cssSelector("nav.sidebar"));
    }

    /** Reads the link as an operator would: from the WARN line of the start-up log (ECS JSON). */
    private static String setupLinkFromTheLog(String log) {
        JsonMapper json = JsonMapper.shared();
        List<String> links = log.lines()
                .filter(line -> line.startsWith("{"))
                .map(line -> (JsonNode) json.readTree(line))
                .filter(entry -> entry.path("log").path("level").asString().equals("WARN"))
                .map(entry -> entry.path("message").asString())
                .filter(message -> message.startsWith("Mekiki has no users yet. Open this one-time link"))
                .map(SETUP_LINK::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .toList();
        assertThat(links).as("setup links in the start-up log").hasSize(1);
        return links.get(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
