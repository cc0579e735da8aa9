package io.mekiki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.Browser;
import io.mekiki.ContractWork;
import io.mekiki.MekikiApplication;
import io.mekiki.SelectionWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 done when, on the demo: the demo's selection is contracted (terms review with one deviation, approved by
 * the executive on the decision's page), a month of measurements with one breach is imported on the contract's SLA
 * page and the breach's finding is there, a personal-data incident shows its reporting clocks, and a contingency
 * runs from opening to its review on the contingency pages, the executive deciding what the risk officer asked.
 */
class OperationBrowserIT {

    private static final String PASSWORD = "operation-demo-password-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser executiveBrowser = Browser.japanese();

    private String base;

    @Test
    void theDemoSelectionIsContractedMeasuredAndRunsThroughAnIncidentAndAContingency() throws Exception {
        Path dataDirectory = ApplicationTest.temporaryDirectory("mekiki-operation-");
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
            String initiative = DemoSession.designInitiative(officer);

            // the selection finished through the API: every item answered, the domestic candidate's blocking
            // findings accepted by the executive, the candidate chosen and the comparison scored, both decisions
            String domestic = domesticCandidate(officer, initiative);
            openCandidates(officer, initiative).forEach(candidate -> SelectionWork.answerTheRest(officer, candidate));
            acceptBlockingFindings(officer, executive, domestic);
            SelectionWork.choose(officer, initiative, domestic);
            SelectionWork.compareEveryColumn(officer, initiative, 4);
            ContractWork.approve(team, initiative, "SELECTION_ADOPTION_DECIDED");
            ContractWork.approve(team, initiative, "SELECTION_PROVIDER_SELECTED");
            ContractWork.move(team, initiative, "APPLICATION");

            // the contract, started two months ago, its terms reviewed with one deviation from policy
            Map<String, Object> record = ContractWork.record();
            LocalDate firstOfThisMonth = LocalDate.now().withDayOfMonth(1);
            record.put("startsOn", firstOfThisMonth.minusMonths(2).toString());
            String contract = ContractWork.create(officer, initiative, record);
            String contractPath = "/api/v1/contracts/" + contract;
            Response attached =
                    officer.postFile(contractPath + "/terms-document", "document", "terms.pdf", ContractWork.TERMS_PDF);
            assertThat(attached.status()).as(attached.json().toString()).isEqualTo(200);
            String deviating = reviewWithOneDeviation(officer, contractPath);
            ContractWork.fixExitTerms(officer, contract);

            // the executive approves the terms, and with them the deviation, on the decision's page
            signIn(executiveBrowser, "executive@demo.mekiki.test");
            String terms = request(officer, initiative, "APPLICATION_TERMS_APPROVED", "利用規約とSLAの承認");
            approveOnThePage(terms, "責任上限の逸脱は保険で補えるため受け入れる。");
            JsonNode review = officer.get(contractPath + "/terms-review").json();
            assertThat(review.get("approval").isNull())
                    .as("the terms approval approves the deviation")
                    .isFalse();
            assertThat(review.get("approval").toString()).contains(terms);
            assertThat(review.toString()).contains(deviating);
            ContractWork.approve(team, initiative, "APPLICATION_SPECIAL_ITEMS_RECONFIRMED");
            ContractWork.move(team, initiative, "OPERATION");

            // a metric, and last month's measurements imported on the SLA page with one day below the target
            Response metric = officer.post(
                    contractPath + "/metrics",
                    Map.of("code", "AVAIL", "kind", "AVAILABILITY", "target", 99.9, "period", "MONTHLY"));
            assertThat(metric.status()).as(metric.json().toString()).isEqualTo(201);
            Path csv = lastMonthWithOneBadDay(dataDirectory, firstOfThisMonth.minusMonths(1));
            signIn(officerBrowser, "risk-officer@demo.mekiki.test");
            officerBrowser.open(base + "/contracts/" + contract + "/sla");
            officerBrowser.find(By.id("import-file")).sendKeys(csv.toString());
            officerBrowser.click(By.cssSelector("#import-form button[type=submit]"));
            officerBrowser.find(By.id("import-done"));
            assertThat(officerBrowser.find(By.id("import-breaches")).getText()).contains("稼働率");
            officerBrowser.screenshot("operation-sla-import-ja");

            // the breach raised its finding
            JsonNode findings = officer.get("/api/v1/operation-findings?initiativeId=" + initiative)
                    .json()
                    .get("items");
            List<JsonNode> breaches = new ArrayList<>();
            findings.forEach(finding -> {
                if ("SLA_BREACH".equals(finding.get("source").asString())) {
                    breaches.add(finding);
                }
            });
            assertThat(breaches).as("one finding for the breached month").hasSize(1);
            officerBrowser.open(base + "/operation-findings?initiativeId=" + initiative);
            assertThat(officerBrowser.find(By.id("finding-table")).getText())
                    .contains(breaches.get(0).get("code").asString());

            // a personal-data incident recorded on its page, with the reporting clocks running from awareness
            LocalDateTime aware =
                    LocalDateTime.now(ZoneId.of("Asia/Tokyo")).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
            officerBrowser.open(base + "/incidents/new?initiativeId=" + initiative);
            new Select(officerBrowser.find(By.id("incident-type"))).selectByValue("PERSONAL_DATA_LEAK");
            new Select(officerBrowser.find(By.id("incident-severity"))).selectByValue("HIGH");
            officerBrowser.type(By.id("incident-title"), "設計データ共有サービスからの個人データ漏えい");
            setValue(officerBrowser, "incident-startedAt", aware.minusHours(2).toString());
            setValue(officerBrowser, "incident-awareAt", aware.toString());
            officerBrowser.type(By.id("incident-impact"), "取引先担当者の氏名と連絡先が外部から閲覧可能だった。");
            officerBrowser.type(By.id("incident-affectedPersons"), "1200");
            officerBrowser.click(By.id("save-incident"));
            officerBrowser.find(By.id("clocks"));
            List<WebElement> clocks = officerBrowser.findAll(By.cssSelector("#clocks article.clock"));
            assertThat(clocks).as("the APPI reports are owed").isNotEmpty();
            assertThat(officerBrowser
                            .find(By.cssSelector("#clocks article.clock .deadline"))
                            .getText())
                    .isNotBlank();
            assertThat(officerBrowser.find(By.id("missing")).getText())
                    .as("what is still to be sent")
                    .isNotBlank();
            officerBrowser.screenshot("operation-incident-clocks-ja");

            // the contingency, from opening to its review, on its pages
            executiveBrowser.open(base + "/initiatives/" + initiative);
            executiveBrowser.click(By.cssSelector("#contingencies a[href*='/contingencies/new']"));
            new Select(executiveBrowser.find(By.id("contingency-kind"))).selectByValue("LARGE_DATA_LEAK");
            executiveBrowser.type(By.id("contingency-title"), "取引先データの大規模漏えい");
            executiveBrowser.type(By.id("contingency-description"), "設計データ共有サービスから取引先の個人データが漏えいした。");
            executiveBrowser.click(By.cssSelector("form button[type=submit].primary"));
            executiveBrowser.find(By.cssSelector(".notice.success"));
            String contingency = executiveBrowser.driver().getCurrentUrl();

            executiveBrowser.type(By.id("entry-text"), "影響範囲の特定を最優先とし、共有リンクをすべて無効にせよ。");
            executiveBrowser.click(By.cssSelector("form.entry-form button[type=submit]"));
            executiveBrowser.find(By.id("entry-1"));

            officerBrowser.open(contingency);
            assertThat(officerBrowser
                            .find(By.cssSelector(".contingency-banner"))
                            .getText())
                    .contains("取引先データの大規模漏えい");
            new Select(officerBrowser.find(By.id("entry-kind"))).selectByValue("DECISION");
            officerBrowser.type(By.id("entry-text"), "対象の取引先全社に個別に通知し、問い合わせ窓口を設けたい。");
            officerBrowser.click(By.id("entry-requestDecision"));
            officerBrowser.click(By.cssSelector("form.entry-form button[type=submit]"));
            assertThat(officerBrowser.find(By.id("entry-2")).getText()).contains("経営層の判断待ち");

            new Select(officerBrowser.find(By.id("entry-kind"))).selectByValue("AUTHORITY_COMMUNICATION");
            officerBrowser.type(By.id("entry-text"), "速報を提出した。");
            officerBrowser.type(By.id("entry-authority"), "個人情報保護委員会");
            officerBrowser.type(By.id("entry-reference"), "PPC-2026-0815");
            officerBrowser.click(By.cssSelector("form.entry-form button[type=submit]"));
            officerBrowser.find(By.id("entry-3"));

            executiveBrowser.open(contingency);
            String decision = executiveBrowser
                    .find(By.cssSelector("#entry-2 .decisions a"))
                    .getDomAttribute("href")
                    .replaceAll(".*/decisions/", "");
            approveOnThePage(decision, "全社への個別通知を指示する。");
            executiveBrowser.open(contingency);
            assertThat(executiveBrowser.find(By.id("entry-2")).getText()).contains("承認");

            executiveBrowser.click(By.cssSelector("a[href$='/closure']"));
            executiveBrowser.type(By.id("review-worked"), "共有リンクの無効化は1時間以内に完了した。");
            executiveBrowser.type(By.id("review-notWorked"), "影響を受けた取引先の特定に2日かかった。");
            executiveBrowser.type(By.id("review-actions"), "共有データの台帳を整備し、四半期ごとに棚卸しする。");
            executiveBrowser.click(By.cssSelector("form button[type=submit].primary"));
            assertThat(executiveBrowser
                            .find(By.cssSelector(".contingency-status"))
                            .getText())
                    .isEqualTo("振り返り済み・終了");
            assertThat(executiveBrowser.findAll(By.cssSelector(".contingency-banner")))
                    .isEmpty();
            executiveBrowser.screenshot("operation-contingency-closed-ja");
            JsonNode gates =
                    officer.get("/api/v1/initiatives/" + initiative + "/gates").json();
            for (JsonNode gate : gates.get("gates")) {
                if ("OPERATION_CONTINGENCIES_DECIDED".equals(gate.get("gate").asString())) {
                    assertThat(gate.get("state").asString()).isEqualTo("APPROVED");
                    assertThat(gate.get("conditionsMet").asBoolean()).isTrue();
                }
            }
        }
    }

    /** Sets a date-time input as the browser would after a person picked the moment. */
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }

    /** Answers the review: the first item that is not special deviates (liability cap), the rest conform. */
    private static String reviewWithOneDeviation(BearerClient officer, String contractPath) {
        JsonNode items = officer.get(contractPath + "/terms-review").json().get("items");
        String deviating = null;
        for (JsonNode item : items) {
            if (!item.get("special").asBoolean()) {
                deviating = item.get("itemId").asString();
                break;
            }
        }
        if (deviating == null) {
            deviating = items.get(0).get("itemId").asString();
        }
        List<Map<String, Object>> answers = new ArrayList<>();
        int clause = 1;
        for (JsonNode item : items) {
            Map<String, Object> answer = new LinkedHashMap<>();
            String itemId = item.get("itemId").asString();
            answer.put("itemId", itemId);
            answer.put("clause", "第" + clause++ + "条");
            answer.put("reconfirmed", item.get("special").asBoolean());
            if (itemId.equals(deviating)) {
                answer.put("result", "DEVIATES");
                answer.put("reason", "損害賠償の上限が月額利用料の12か月分で、社内規程の求める水準に届かない。");
                answer.put("mitigation", "サイバー保険で差額を補う。");
            } else {
                answer.put("result", "CONFORMS");
            }
            answers.add(answer);
        }
        Response reviewed = officer.put(contractPath + "/terms-review", Map.of("answers", answers));
        assertThat(reviewed.status()).as(reviewed.json().toString()).isEqualTo(200);
        return deviating;
    }

    /** A CSV of daily availability for the month: 99.99 % every day but one day at 90 %. */
    private static Path lastMonthWithOneBadDay(Path directory, LocalDate first) throws Exception {
        StringBuilder csv = new StringBuilder("metric,date,value,note\n");
        for (LocalDate day = first; day.isBefore(first.plusMonths(1)); day = day.plusDays(1)) {
            boolean bad = day.getDayOfMonth() == 15;
            csv.append("AVAIL,")
                    .append(day)
                    .append(',')
                    .append(bad ? "90.00" : "99.99")
                    .append(',')
                    .append(bad ? "ストレージ障害" : "")
                    .append('\n');
        }
        Path file = directory.resolve("measurements-" + first + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static void acceptBlockingFindings(BearerClient officer, BearerClient executive, String candidate) {
        for (JsonNode finding :
                officer.get("/api/v1/assessments/" + candidate + "/findings").json()) {
            if (!finding.get("open").asBoolean() || !finding.get("blocking").asBoolean()) {
                continue;
            }
            String path = "/api/v1/assessments/" + candidate + "/findings/"
                    + finding.get("id").asString();
            Response accepted = officer.put(
                    path + "/disposition",
                    Map.of(
                            "disposition",
                            "ACCEPT",
                            "rationale",
                            "契約の特約で補う。",
                            "version",
                            officer.get(path).json().get("version").asLong()));
            assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(200);
            String decision =
                    accepted.json().get("acceptance").get("decisionId").asString();
            assertThat(executive
                            .post(
                                    "/api/v1/decisions/" + decision + "/decision",
                                    Map.of("outcome", "APPROVED", "rationale", "受容する。"))
                            .status())
                    .isEqualTo(200);
        }
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
                        "契約の内容を承認したい。",
                        "options",
                        List.of("承認する", "見直す")));
        assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
        return requested.json().get("id").asString();
    }

    private void approveOnThePage(String decision, String rationale) {
        DemoSession.approveOnThePage(executiveBrowser, base, decision, rationale);
    }

    private static List<String> openCandidates(BearerClient officer, String initiative) {
        List<String> open = new ArrayList<>();
        officer.get("/api/v1/initiatives/" + initiative + "/candidates")
                .json()
                .get("items")
                .forEach(candidate -> {
                    if (candidate.get("open").asBoolean()) {
                        open.add(candidate.get("id").asString());
                    }
                });
        return open;
    }

    private static String domesticCandidate(BearerClient officer, String initiative) {
        for (JsonNode candidate : officer.get("/api/v1/initiatives/" + initiative + "/candidates")
                .json()
                .get("items")) {
            if (candidate.get("open").asBoolean()
                    && candidate.get("dataLocations").toString().equals("[\"JP\"]")) {
                return candidate.get("id").asString();
            }
        }
        throw new AssertionError("the demo's domestic candidate is missing");
    }

    private static UUID id(BearerClient client) {
        return UUID.fromString(client.get("/api/v1/me").json().get("id").asString());
    }

    private String token(String email) throws Exception {
        return DemoSession.token(base, email, PASSWORD, "operation test");
    }

    private void signIn(Browser browser, String email) {
        DemoSession.signIn(browser, base, email, PASSWORD);
    }
}
