package io.mekiki.instruction.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.TestFiles;
import io.mekiki.shared.OrganizationTime;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The issue form's template picker (htmx) and the report form's size check, in real headless Chromium. */
class InstructionsBrowserIT extends ApplicationTest {

    private static WebDriver browser;

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final Instructions instructions;

    @Autowired
    InstructionsBrowserIT(IdentityFixtures fixtures, InitiativeFixtures initiatives, Instructions instructions) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.instructions = instructions;
    }

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTemplateFillsTheFormAndTheAssigneeReportsWithAFile() throws IOException {
        MekikiUser executive = fixtures.userInNewOrganization(Role.EXECUTIVE);
        MekikiUser officer = fixtures.user(executive.organizationId(), Role.RISK_OFFICER);
        UUID initiative = initiatives.initiative(executive.organizationId());
        signIn(executive);

        browser.get(url("/instructions/new?subjectType=INITIATIVE&subjectId=" + initiative
                + "&phase=PREPARATION&returnTo=/instructions"));
        new Select(browser.findElement(By.id("issue-PREPARATION-template"))).selectByValue("PREP_CRITERIA_CHECKLIST");
        waitUntil(() -> "事業者選定基準と確認チェックリストの作成"
                .equals(browser.findElement(By.id("issue-PREPARATION-title")).getDomProperty("value")));
        assertThat(new Select(browser.findElement(By.id("issue-PREPARATION-gateTopic")))
                        .getFirstSelectedOption()
                        .getDomProperty("value"))
                .isEqualTo("PREPARATION_CRITERIA_APPROVED");
        // check items are chosen by their titles; the template's are chosen already
        List<WebElement> chosen =
                new Select(browser.findElement(By.id("issue-PREPARATION-checkItemIds"))).getAllSelectedOptions();
        assertThat(chosen)
                .extracting(option -> option.getDomProperty("value"))
                .containsExactlyInAnyOrder("LC-PREP-CRIT-01", "LC-PREP-CHECK-01");
        assertThat(chosen).extracting(WebElement::getText).noneMatch(text -> text.startsWith("LC-"));

        new Select(browser.findElement(By.id("issue-PREPARATION-assignee")))
                .selectByValue(officer.userId().toString());
        setValue(
                browser.findElement(By.id("issue-PREPARATION-dueDate")),
                LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(14).toString());
        browser.findElement(By.cssSelector("form.issue-form button[type=submit]"))
                .click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/instructions"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("指示「事業者選定基準と確認チェックリストの作成」を出しました。");
        Instruction issued = instructions
                .ofSubject(executive.organizationId(), "INITIATIVE", initiative)
                .get(0);

        signIn(officer);
        browser.get(url("/instructions/" + issued.id()));
        Path tooLarge = Files.createTempFile("too-large-", ".pdf");
        Path small = Files.createTempFile("criteria-", ".png");
        try {
            try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
                file.setLength(25L * 1024 * 1024 + 1);
            }
            Files.write(small, TestFiles.PNG);
            browser.findElement(By.id("report-text")).sendKeys("選定基準の案を添付します。");
            browser.findElement(By.id("report-files")).sendKeys(tooLarge.toString());
            browser.findElement(By.cssSelector("form.report-form button[type=submit]"))
                    .click();
            WebElement error = browser.findElement(By.cssSelector("form.report-form .field-error"));
            waitUntil(error::isDisplayed);
            assertThat(error.getText()).contains(tooLarge.getFileName().toString(), "大きすぎるため添付できません");
            assertThat(browser.getCurrentUrl()).endsWith("/instructions/" + issued.id());

            browser.findElement(By.id("report-files")).clear();
            browser.findElement(By.id("report-files")).sendKeys(small.toString());
            browser.findElement(By.cssSelector("form.report-form button[type=submit]"))
                    .click();
            waitUntil(() -> browser.getPageSource().contains("報告しました。"));
            assertThat(browser.findElement(By.cssSelector(".attachments a")).getText())
                    .isEqualTo(small.getFileName().toString());
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("image/png", "確認待ち");
        } finally {
            Files.deleteIfExists(tooLarge);
            Files.deleteIfExists(small);
        }
    }

    private void signIn(MekikiUser user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(user.email());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        waitUntil(() -> !browser.getCurrentUrl().contains("/login"));
    }

    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            try {
                return condition.getAsBoolean();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return false;
            }
        });
    }
}
