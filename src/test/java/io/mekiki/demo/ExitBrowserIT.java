package io.mekiki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.Browser;
import io.mekiki.ContractWork;
import io.mekiki.MekikiApplication;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 done when, on the demo: the demo's contract in operation goes through its yearly supervision review, whose
 * year the provider's SOC 2 report covers but for two months that its bridge letter closes; the risk officer submits,
 * the executive approves the supervision and continues with conditions. In the new contract year the provider gives
 * notice: the risk officer records it on the exits' page (the exit starts, the contract shows the notice), the
 * executive decides the end on the notice (ADR 046) and the initiative takes the termination branch. On the exit
 * pages, in English, the risk officer plans the exit, records the return of its two data sets (the attachments incomplete, then
 * corrected) and the deletion by an assessed alternative; the close is refused while anything is missing, and the
 * API says what; the executive confirms return and deletion on the decisions' pages and closes the initiative.
 */
class ExitBrowserIT {

    private static final String PASSWORD = "exit-demo-password-2026";

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser executiveBrowser = Browser.japanese();

    private String base;

    @Test
    void theDemoContractEndsWithItsDataReturnedAndItsDeletionAssessedBeforeTheInitiativeCloses() throws Exception {
        Path dataDirectory = ApplicationTest.temporaryDirectory("mekiki-exit-");
        try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(MekikiApplication.class)
                .run(
                        "--mekiki.data-dir=" + dataDirectory,
                        "--server.port=0",
                        "--spring.profiles.active=demo",
                        "--mekiki.demo.password=" + PASSWORD)) {
            base = "http://localhost" + ":" + demo.getEnvironment().getRequiredProperty("local.server.port");
            BearerClient officer = new BearerClient(base, token("risk-officer@demo.mekiki.test"));
            BearerClient executive = new BearerClient(base, token("executive@demo.mekiki.test"));
            BearerClient owner = new BearerClient(base, token("business-owner@demo.mekiki.test"));
            ContractWork.Team team = new ContractWork.Team(officer, executive, id(officer), id(owner));
            String initiative = initiativeInOperation(officer);
            String phase = "/api/v1/initiatives/" + initiative + "/phase";

            // the yearly supervision review of the demo contract recommends continuing with conditions
            String contract = officer.get("/api/v1/contracts?initiativeId=" + initiative)
                    .json()
                    .get(0)
                    .get("id")
                    .asString();
            String review = openReview(officer, contract);

            // the review's year rests on the provider's SOC 2 type II report, whose period ended the month before
            // last: the two months since are a gap that the provider's bridge letter closes
            signIn(officerBrowser, "risk-officer@demo.mekiki.test");
            officerBrowser.open(base + "/reviews/" + review);
            WebElement soc2 = officerBrowser.find(By.id("review-attestation-SOC2_TYPE2"));
            assertThat(soc2.getText()).contains("ブリッジレターで補った月 2か月", "報告書の例外事項 1件");
            assertThat(soc2.findElements(By.cssSelector(".badge.bad")))
                    .as("no month of the year is left uncovered")
                    .isEmpty();
            assertThat(officerBrowser.find(By.id("review-attestations-summary")).getText())
                    .contains("すべての月が");
            officerBrowser.screenshot("exit-review-attestations-ja");
            Map<String, Object> assessment = new java.util.LinkedHashMap<>();
            assessment.put("narrative", "SLAは概ね達成。事業者による仕様変更が続くため、変更の確認を条件に継続する。");
            assessment.put("conclusion", "監督は十分に行われた。条件付きで継続する。");
            assessment.put("recommendedOutcome", "CONTINUE_WITH_CONDITIONS");
            Response assessed = officer.put("/api/v1/reviews/" + review + "/assessment", assessment);
            assertThat(assessed.status()).as(assessed.json().toString()).isEqualTo(200);

            // the risk officer submits on the review's page; the executive approves the supervision on its decision
            // and decides on the review: continue with conditions
            String reviewPage = base + "/reviews/" + review;
            officerBrowser.open(reviewPage);
            officerBrowser.click(By.id("review-submit"));
            assertThat(officerBrowser.find(By.cssSelector(".notice.success")).getText())
                    .contains("提出しました");
            JsonNode submitted = officer.get("/api/v1/reviews/" + review).json().get("review");
            assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
            signIn(executiveBrowser, "executive@demo.mekiki.test");
            approveOnThePage(submitted.get("approvalDecisionId").asString(), "監督は適切に行われた。");
            executiveBrowser.open(reviewPage);
            executiveBrowser.click(By.id("decision-outcome-CONTINUE_WITH_CONDITIONS"));
            executiveBrowser.type(By.id("decision-rationale"), "事業者の仕様変更を確認しながら継続する。");
            executiveBrowser.type(By.id("decision-conditions"), "四半期ごとに事業者の仕様変更を確認する");
            executiveBrowser.click(By.id("decision-submit"));
            assertThat(executiveBrowser.find(By.cssSelector(".notice.success")).getText())
                    .contains("条件付きで継続する");
            executiveBrowser.click(By.id("continuation-decision-link"));
            assertThat(executiveBrowser.find(By.tagName("body")).getText())
                    .as("the conditions are on the decision")
                    .contains("四半期ごとに事業者の仕様変更を確認する");
            assertThat(officer.get("/api/v1/initiatives/" + initiative)
                            .json()
                            .get("phase")
                            .asString())
                    .as("another year of operation")
                    .isEqualTo("OPERATION");

            // in the new contract year the provider gives notice: the risk officer records it on the exits' page,
            // which starts the exit and records the notice on the contract
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
            officerBrowser.open(base + "/exits");
            new Select(officerBrowser.find(By.id("start-initiativeId"))).selectByValue(initiative);
            setValue(
                    officerBrowser.find(By.id("start-noticeReceivedOn")),
                    today.minusDays(1).toString());
            setValue(
                    officerBrowser.find(By.id("start-noticeEffectiveOn")),
                    today.plusMonths(3).toString());
            officerBrowser.click(By.id("start-submit"));
            officerBrowser.find(By.id("exit-countdown"));
            String exitPath = officerBrowser.driver().getCurrentUrl().replaceFirst("^.*(/exits/[0-9a-f-]+).*$", "$1");
            String exitApi = "/api/v1" + exitPath;
            assertThat(officer.get(exitApi).json().get("origin").asString()).isEqualTo("PROVIDER_NOTICE");
            JsonNode notice =
                    officer.get("/api/v1/contracts/" + contract).json().get("terminationNotice");
            assertThat(notice.get("effectiveOn").asString())
                    .isEqualTo(today.plusMonths(3).toString());
            officerBrowser.open(base + "/contracts/" + contract);
            assertThat(officerBrowser.find(By.id("termination-notice")).getText())
                    .contains("クラウド事業者からの解約通知", "利用終了のみ");

            // the continuation decision now rests on the notice: the executive decides the end on its page
            approveOnThePage(
                    request(officer, initiative, "CONTINUATION_DECIDED", "解約通知を受けての利用終了"), "事業者の解約通知により利用を終了する。");
            JsonNode ending = officer.get("/api/v1/initiatives/" + initiative).json();
            assertThat(ending.get("phase").asString()).isEqualTo("CONTINUATION_TERMINATION");
            assertThat(ending.get("branch").asString()).isEqualTo("TERMINATE");
            executiveBrowser.open(base + "/initiatives/" + initiative);
            executiveBrowser.find(By.id("exit-link"));

            // the risk officer plans the exit on its page, in English
            officerBrowser.open(base + "/initiatives/" + initiative);
            officerBrowser.click(By.id("exit-link"));
            officerBrowser.find(By.id("exit-countdown"));
            officerBrowser.click(By.cssSelector("form.lang-switch button[value=en]"));
            officerBrowser.waitForLanguage("en");
            officerBrowser.find(By.id("exit-countdown"));
            List<WebElement> planned = officerBrowser.findAll(By.cssSelector("#data-sets tbody tr"));
            assertThat(planned)
                    .as("both data sets of the contract's exit terms")
                    .hasSize(2);
            officerBrowser.click(By.cssSelector("#plan details summary"));
            WebElement format = officerBrowser.find(By.id("plan-dataSets[0].format"));
            format.clear();
            format.sendKeys("CSV（UTF-8、ヘッダー付き）");
            officerBrowser.click(By.id("plan-submit"));
            officerBrowser.waitForText(By.id("data-sets"), "CSV（UTF-8、ヘッダー付き）");
            officerBrowser.screenshot("exit-plan-en");

            // the first data set returned complete, the second incomplete
            JsonNode exit = officer.get(exitApi).json();
            String allData = exit.get("dataSets").get(0).get("id").asString();
            String attachments = exit.get("dataSets").get(1).get("id").asString();
            recordReturn(allData, 48_210, 48_210, true, null);
            recordReturn(attachments, 11_870, 12_034, false, "2023年度の回覧の添付ファイル164件");
            assertThat(officerBrowser.find(By.id("exit-missing")).getText()).contains("添付ファイル", "2023年度の回覧の添付ファイル164件");

            // the close is refused while a data set is incomplete and the deletion is not evidenced
            executiveBrowser.open(base + "/initiatives/" + initiative);
            WebElement close =
                    executiveBrowser.find(By.cssSelector("form.move-form input[name=to][value=CLOSED] ~ button"));
            assertThat(close.isEnabled())
                    .as("the close button waits for the gates")
                    .isFalse();
            Response refused = executive.post(phase, Map.of("to", "CLOSED"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(codes(refused.json().get("missing"))).containsExactly("DATA_SET_2", "DELETION_EVIDENCED");
            assertThat(refused.json().get("detail").asString()).contains("2023年度の回覧の添付ファイル164件");

            // the attachments corrected; the deletion by an alternative, refused without its assessment
            recordReturn(attachments, 12_034, 12_034, true, null);
            officerBrowser.click(By.id("evidence-kind-ALTERNATIVE"));
            officerBrowser.type(By.id("evidence-writtenConfirmation"), "クラウド事業者の消去完了の書面（受領済み）");
            officerBrowser.type(By.id("evidence-accountClosure"), "契約テナントを閉鎖し、ログインできないことを確認");
            officerBrowser.type(By.id("evidence-publishedProcess"), "公開されている消去手順: 解約後30日でバックアップを含め消去");
            officerBrowser.click(By.id("evidence-submit"));
            officerBrowser.waitForText(By.cssSelector("#evidence-form .field-error"), "assessment");
            assertThat(officerBrowser.find(By.id("evidence-accountClosure")).getAttribute("value"))
                    .as("the refused form keeps what was written")
                    .contains("契約テナントを閉鎖");
            assertThat(officer.get(exitApi).json().get("deletionEvidence"))
                    .as("nothing recorded")
                    .isEmpty();
            officerBrowser.type(By.id("evidence-assessment"), "書面、閉鎖、公開手順の三点がそろい、消去証明書に代わる確からしさがある。");
            officerBrowser.click(By.id("evidence-submit"));
            officerBrowser.find(By.id("exit-nothing-missing"));
            officerBrowser.screenshot("exit-ready-en");
            assertThat(officer.get(exitApi).json().get("status").asString()).isEqualTo("READY");

            // the executive confirms return and deletion on the decisions' pages, then closes
            approveOnThePage(request(officer, initiative, "TERMINATION_DATA_RETURNED", "データ返却の確認"), "全件の返却を確認した。");
            approveOnThePage(request(officer, initiative, "TERMINATION_DELETION_CONFIRMED", "データ消去の確認"), "代替手段の評価は妥当。");
            executiveBrowser.open(base + "/initiatives/" + initiative);
            executiveBrowser.click(By.cssSelector("form.move-form input[name=to][value=CLOSED] ~ button"));
            executiveBrowser.find(By.id("exit-dossier"));
            assertThat(officer.get("/api/v1/initiatives/" + initiative)
                            .json()
                            .get("phase")
                            .asString())
                    .isEqualTo("CLOSED");
            assertThat(executive
                            .raw(HttpMethod.GET, exitApi + "/dossier", null)
                            .getStatusCode()
                            .value())
                    .isEqualTo(200);
            officerBrowser.open(base + exitPath);
            assertThat(officerBrowser.find(By.id("exit-status")).getText()).isEqualTo("Closed");
            assertThat(officerBrowser.findAll(By.id("evidence-form")))
                    .as("read-only once closed")
                    .isEmpty();
            assertThat(officerBrowser.findAll(By.cssSelector(".data-return"))).hasSize(3);
        }
    }

    /** The demo contract's review of this year: the one open already, or opened early. */
    private static String openReview(BearerClient officer, String contract) {
        for (JsonNode item :
                officer.get("/api/v1/reviews?contractId=" + contract).json().get("items")) {
            String status = item.get("review").get("status").asString();
            if (status.equals("DUE") || status.equals("IN_PROGRESS")) {
                return item.get("review").get("id").asString();
            }
        }
        Response opened = officer.post("/api/v1/reviews", Map.of("contractId", contract));
        assertThat(opened.status()).as(opened.json().toString()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    private void recordReturn(String dataSet, long received, long expected, boolean complete, String missing) {
        new Select(officerBrowser.find(By.id("return-dataSetId"))).selectByValue(dataSet);
        setValue(
                officerBrowser.find(By.id("return-receivedOn")),
                LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
        officerBrowser.type(By.id("return-recordCount"), Long.toString(received));
        officerBrowser.type(By.id("return-expectedCount"), Long.toString(expected));
        officerBrowser.type(
                By.id("return-checksum"),
                "sha256:" + UUID.randomUUID().toString().replace("-", ""));
        officerBrowser.click(By.id(complete ? "return-complete-yes" : "return-complete-no"));
        if (missing != null) {
            officerBrowser.type(By.id("return-missing"), missing);
        }
        int before = officerBrowser.findAll(By.cssSelector(".data-return")).size();
        officerBrowser.click(By.id("return-submit"));
        officerBrowser.find(By.cssSelector(".notice.success"));
        assertThat(officerBrowser.findAll(By.cssSelector(".data-return"))).hasSize(before + 1);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) officerBrowser.driver())
                .executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static String initiativeInOperation(BearerClient officer) {
        for (JsonNode initiative :
                officer.get("/api/v1/initiatives?size=100").json().get("items")) {
            if ("OPERATION".equals(initiative.get("phase").asString())) {
                return initiative.get("id").asString();
            }
        }
        throw new AssertionError("the demo's initiative in operation is missing");
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(node -> codes.add(node.get("code").asString()));
        return codes;
    }

    private static String request(BearerClient officer, String initiative, String gate, String title) {
        Response requested = officer.post(
                "/api/v1/decisions",
                Map.of(
                        "subjectType",
                        "INITIATIVE",
                        "subjectId",
                        initiative,
                        "topic",
                        gate,
                        "title",
                        title,
                        "proposal",
                        "確認をお願いします。",
                        "options",
                        List.of("確認する", "差し戻す")));
        assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
        return requested.json().get("id").asString();
    }

    private void approveOnThePage(String decision, String rationale) {
        DemoSession.approveOnThePage(executiveBrowser, base, decision, rationale);
    }

    private static UUID id(BearerClient client) {
        return UUID.fromString(client.get("/api/v1/me").json().get("id").asString());
    }

    private String token(String email) throws Exception {
        return DemoSession.token(base, email, PASSWORD, "exit test");
    }

    private void signIn(Browser browser, String email) {
        DemoSession.signIn(browser, base, email, PASSWORD);
    }
}
