package io.mekiki.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.AcceptedReports;
import io.mekiki.ApplicationTest;
import io.mekiki.Browser;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.decision.Subject;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requester adds a file to the evidence of their open request on the decision's page, in Japanese
 * and in English: the page shows its name, size and SHA-256 with a download link, and a file the
 * attachment rules refuse is refused with its name and nothing is added.
 */
class DecisionEvidenceBrowserIT extends ApplicationTest {

    private static final String GATE = "PREPARATION_PURPOSE_APPROVED";

    @RegisterExtension
    final Browser japanese = Browser.japanese();

    @RegisterExtension
    final Browser english = Browser.acceptingLanguage("en-US,en");

    @TempDir
    Path files;

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final Decisions decisions;
    private final MyAccount accounts;
    private final Instructions instructions;

    @Autowired
    DecisionEvidenceBrowserIT(
            IdentityFixtures fixtures,
            InitiativeFixtures initiatives,
            Decisions decisions,
            MyAccount accounts,
            Instructions instructions) {
        this.instructions = instructions;
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.accounts = accounts;
    }

    @Test
    void theRequesterUploadsEvidenceAndThePageShowsItsNameSizeAndHashInBothLanguages() {
        addsEvidence(japanese, Locale.JAPANESE, "ja", "調査報告.pdf", "バイト", "ファイルを根拠資料に追加しました。");
        addsEvidence(english, Locale.ENGLISH, "en", "survey-report.pdf", "bytes", "The file has been added");
    }

    private void addsEvidence(
            Browser browser, Locale locale, String language, String fileName, String bytes, String added) {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        accounts.changeLanguage(officer, locale);
        UUID initiative = initiatives.initiative(organization);
        // the gate rests on an accepted report before a decision may be requested on it
        AcceptedReports.forGate(instructions, fixtures.user(organization, Role.EXECUTIVE), officer, initiative, GATE);
        Decision requested = decisions.request(
                officer,
                new NewDecision(
                        new Subject("INITIATIVE", initiative),
                        GATE,
                        "目的・効果・KPIの承認",
                        "目的・効果・KPI を承認してください。",
                        List.of("承認する", "差し戻す"),
                        List.of(),
                        new Basis(Map.of())));
        signIn(browser, officer);
        browser.open(url("/decisions/" + requested.id()));

        browser.find(By.id("evidence-file"))
                .sendKeys(file("program.pdf", TestFiles.EXE).toString());
        browser.click(By.cssSelector("form.evidence-add button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".notice.error[role=alert]")).getText())
                .as("a file the attachment rules refuse is refused with its name")
                .contains("program.pdf");
        assertThat(browser.findAll(By.cssSelector("a.evidence-file"))).isEmpty();

        browser.find(By.id("evidence-file"))
                .sendKeys(file(fileName, TestFiles.PDF).toString());
        browser.click(By.cssSelector("form.evidence-add button[type=submit]"));
        browser.waitForText(By.cssSelector(".notice.success"), added);

        WebElement entry = browser.find(By.cssSelector("ul.decision-evidence li"));
        assertThat(entry.getText())
                .contains(fileName, String.valueOf(TestFiles.PDF.length), bytes, "SHA-256", sha256(TestFiles.PDF));
        assertThat(entry.findElement(By.cssSelector("a.evidence-file")).getDomAttribute("href"))
                .startsWith("/decisions/" + requested.id() + "/evidence/");
        browser.screenshot("decision-evidence-" + language);
    }

    private Path file(String name, byte[] content) {
        try {
            Path directory = Files.createTempDirectory(files, "upload");
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(Browser browser, MekikiUser user) {
        browser.open(url("/login"));
        browser.type(By.id("email"), user.email());
        browser.type(By.id("password"), IdentityFixtures.PASSWORD);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
