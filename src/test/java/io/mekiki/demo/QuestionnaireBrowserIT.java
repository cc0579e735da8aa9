package io.mekiki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.Browser;
import io.mekiki.MekikiApplication;
import io.mekiki.instruction.TestFiles;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's done-when (ADR 041): the risk officer sends a questionnaire for the demo's US candidate; a second
 * browser without any session answers three items through the link (one with a PDF), saves, comes back and
 * submits; the answers are provider statements; one is sent back and answered again; the link then reads only,
 * and after revocation shows only the plain refusal.
 */
class QuestionnaireBrowserIT {

    private static final String PASSWORD = "questionnaire-demo-password-2026";
    private static final String OFFICER = "risk-officer@demo.mekiki.test";

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser providerBrowser = Browser.japanese();

    @Test
    void theProviderAnswersThroughTheLinkAndTheRiskOfficerReviewsTheStatements() throws Exception {
        Path dataDirectory = ApplicationTest.temporaryDirectory("mekiki-questionnaire-");
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(MekikiApplication.class)
                .run(
                        "--mekiki.data-dir=" + dataDirectory,
                        "--server.port=0",
                        "--spring.profiles.active=demo",
                        "--mekiki.demo.password=" + PASSWORD,
                        "--mekiki.mail.smtp.host=127.0.0.1",
                        "--mekiki.mail.smtp.port=" + smtpPort,
                        "--mekiki.mail.from=mekiki@example.test")) {
            String base = "http://localhost:" + demo.getEnvironment().getRequiredProperty("local.server.port");
            BearerClient officer = new BearerClient(base, DemoSession.token(base, OFFICER, PASSWORD, "questionnaire"));
            String initiative = DemoSession.designInitiative(officer);
            String american = null;
            for (JsonNode candidate : officer.get("/api/v1/initiatives/" + initiative + "/candidates")
                    .json()
                    .get("items")) {
                if (candidate.get("open").asBoolean()
                        && candidate.get("dataLocations").toString().contains("US")) {
                    american = candidate.get("id").asString();
                }
            }
            assertThat(american).as("the demo's US candidate").isNotNull();

            // the risk officer sends three unanswered items in English to the provider's contact
            DemoSession.signIn(officerBrowser, base, OFFICER, PASSWORD);
            officerBrowser.open(base + "/candidates/" + american + "/assessment");
            officerBrowser.click(By.id("questionnaire-new"));
            List<WebElement> asked = officerBrowser.findAll(By.cssSelector("input[name=items]:checked"));
            assertThat(asked.size()).as("the unanswered items are chosen").isGreaterThan(3);
            List<String> items = new ArrayList<>();
            for (WebElement box : asked) {
                if (items.size() < 3) {
                    items.add(box.getAttribute("value"));
                } else {
                    box.click();
                }
            }
            new Select(officerBrowser.find(By.id("contactId")))
                    .selectByVisibleText("山田 太郎 <japan-sales@northwind.example>");
            new Select(officerBrowser.find(By.id("language"))).selectByValue("en");
            officerBrowser.type(By.id("message"), "Please answer by the due date.");
            officerBrowser.click(By.id("questionnaire-send"));
            String shown =
                    officerBrowser.find(By.id("questionnaire-link-value")).getText();
            officerBrowser.waitForText(By.id("questionnaire-link"), "メールで送りました");

            // the mail arrives, in English, with the link
            MimeMessage mail = mailTo(smtp, "japan-sales@northwind.example");
            assertThat(mail.getSubject()).startsWith("Questionnaire to");
            String text = GreenMailUtil.getBody(mail);
            assertThat(text).contains("Please answer by the due date.");
            Matcher inMail = Pattern.compile("http://[^\\s\"<>=]+/q/[A-Za-z0-9_-]{43}")
                    .matcher(text.replace("=\r\n", "").replace("=\n", ""));
            assertThat(inMail.find()).as(text).isTrue();
            String link = inMail.group();
            assertThat(link).isEqualTo(shown);
            String questionnaire = officer.get("/api/v1/questionnaires?candidateId=" + american)
                    .json()
                    .get(0)
                    .get("id")
                    .asString();
            String path = link.substring(link.indexOf("/q/"));

            // a second browser, without any session, answers through the link
            providerBrowser.open(base + path);
            providerBrowser.waitForLanguage("en");
            providerBrowser.waitForText(By.cssSelector("h1"), "Questionnaire to");
            assertThat(providerBrowser.driver().getPageSource()).doesNotContain("設計データ共有基盤");
            answer(items.get(0), "MEETS", "ISO/IEC 27001 certified; see the attached certificate.");
            answer(items.get(1), "PARTLY", "Only the Tokyo region keeps data in Japan.");
            answer(items.get(2), "UNKNOWN", "We will confirm with our legal team.");
            providerBrowser.click(By.id("save"));
            providerBrowser.waitForText(By.id("notice"), "Draft saved.");
            Path pdf = Files.createTempFile("certificate-", ".pdf");
            Files.write(pdf, TestFiles.PDF);
            providerBrowser.find(By.id("file-" + items.get(0))).sendKeys(pdf.toString());
            providerBrowser
                    .find(By.cssSelector("#attach-" + items.get(0) + " button"))
                    .click();
            providerBrowser.waitForText(By.id("notice"), "File attached.");

            // comes back later: the drafts are there, then submits
            providerBrowser.open(base + path);
            assertThat(providerBrowser.find(By.id("answer-" + items.get(1))).getAttribute("value"))
                    .isEqualTo("Only the Tokyo region keeps data in Japan.");
            assertThat(providerBrowser.find(By.id("answered")).getText()).isEqualTo("3 of 3 items");
            providerBrowser.click(By.id("submit"));
            providerBrowser.waitForText(By.id("notice"), "Submitted.");
            providerBrowser.find(By.id("read-only"));

            // the answers are provider statements waiting for review
            JsonNode assessment = officer.get("/api/v1/assessments/" + american).json();
            for (JsonNode item : assessment.get("items")) {
                if (items.contains(item.get("itemId").asString())) {
                    assertThat(item.get("answer").get("source").asString()).isEqualTo("PROVIDER_STATEMENT");
                    assertThat(item.get("answer").get("waitingForConfirmation").asBoolean())
                            .isTrue();
                }
            }

            // the risk officer accepts the first and sends the second back with a comment
            officerBrowser.open(base + "/questionnaires/" + questionnaire);
            officerBrowser.find(By.linkText(pdf.getFileName().toString()));
            officerBrowser.click(By.id("accept-" + items.get(0)));
            officerBrowser.waitForText(By.cssSelector("#q-item-" + items.get(0) + " .q-state"), "採用");
            officerBrowser.type(By.id("comment-" + items.get(1)), "Which regions exactly, and where are backups kept?");
            officerBrowser.click(By.id("question-" + items.get(1)));
            officerBrowser.waitForText(By.id("questionnaire-status"), "差し戻し中");

            // the provider answers that item again; the others stay closed
            providerBrowser.open(base + path);
            providerBrowser.waitForText(By.id("question-" + items.get(1)), "Which regions exactly");
            assertThat(providerBrowser.find(By.id("status-" + items.get(0))).isEnabled())
                    .isFalse();
            new Select(providerBrowser.find(By.id("status-" + items.get(1)))).selectByValue("MEETS");
            providerBrowser.type(By.id("answer-" + items.get(1)), "Tokyo and Osaka; backups in Osaka.");
            providerBrowser.click(By.id("submit"));
            providerBrowser.waitForText(By.id("notice"), "Submitted.");

            // the link now reads only
            providerBrowser.open(base + path);
            providerBrowser.find(By.id("read-only"));
            assertThat(providerBrowser.findAll(By.id("submit"))).isEmpty();
            assertThat(providerBrowser.find(By.id("answer-" + items.get(1))).getAttribute("value"))
                    .isEqualTo("Tokyo and Osaka; backups in Osaka.");

            // the risk officer revokes it: the link shows only the plain refusal
            officerBrowser.open(base + "/questionnaires/" + questionnaire);
            officerBrowser.waitForText(By.cssSelector("#q-item-" + items.get(1) + " .q-answer"), "Tokyo and Osaka");
            officerBrowser.click(By.id("questionnaire-revoke"));
            officerBrowser.waitForText(By.id("questionnaire-status"), "取り消し");
            providerBrowser.open(base + path);
            providerBrowser.waitForText(By.cssSelector("#refused h1"), "This questionnaire was revoked");
            assertThat(providerBrowser.driver().getPageSource()).doesNotContain("Tokyo and Osaka");
        } finally {
            smtp.stop();
        }
    }

    /** The first mail to the address (the demo mails its people too), waiting up to 20 seconds. */
    private static MimeMessage mailTo(GreenMail smtp, String address) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                for (var recipient : message.getAllRecipients()) {
                    if (recipient.toString().equalsIgnoreCase(address)) {
                        return message;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail reached " + address);
    }

    private void answer(String itemId, String status, String text) {
        new Select(providerBrowser.find(By.id("status-" + itemId))).selectByValue(status);
        providerBrowser.type(By.id("answer-" + itemId), text);
    }
}
