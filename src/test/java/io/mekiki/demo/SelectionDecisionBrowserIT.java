package io.mekiki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.AcceptedReports;
import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.Browser;
import io.mekiki.MekikiApplication;
import io.mekiki.SelectionWork;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.SignIn;
import io.mekiki.instruction.Instructions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 end to end on the demo: the initiative in comparison and selection goes from two partly assessed
 * candidates to an approved selection — a derived answer confirmed, the rest answered, a blocking finding accepted
 * by the executive's decision, the domestic candidate chosen and scored on the comparison page beside keeping it
 * in-house, the adoption and provider-selection decisions approved — and then a changed answer, after the
 * assessments were reopened, makes the selection decision stale, its page naming the item.
 */
class SelectionDecisionBrowserIT {

    private static final String PASSWORD = "selection-demo-password-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    final Browser officerBrowser = Browser.japanese();

    @RegisterExtension
    final Browser executiveBrowser = Browser.japanese();

    private String base;

    @Test
    void theDemoSelectionEndsInApprovedDecisionsThatAChangedAnswerMakesStale() throws Exception {
        Path dataDirectory = ApplicationTest.temporaryDirectory("mekiki-selection-");
        try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(MekikiApplication.class)
                .run(
                        "--mekiki.data-dir=" + dataDirectory,
                        "--server.port=0",
                        "--spring.profiles.active=demo",
                        "--mekiki.demo.password=" + PASSWORD)) {
            base = "http://localhost" + ":" + demo.getEnvironment().getRequiredProperty("local.server.port");
            BearerClient officer = new BearerClient(base, token("risk-officer@demo.mekiki.test"));
            BearerClient executive = new BearerClient(base, token("executive@demo.mekiki.test"));

            String initiative = DemoSession.designInitiative(officer);
            List<JsonNode> open = new ArrayList<>();
            officer.get("/api/v1/initiatives/" + initiative + "/candidates")
                    .json()
                    .get("items")
                    .forEach(candidate -> {
                        if (candidate.get("open").asBoolean()) {
                            open.add(candidate);
                        }
                    });
            assertThat(open).as("the demo compares two candidates").hasSize(2);
            JsonNode domesticRow = open.stream()
                    .filter(candidate ->
                            candidate.get("dataLocations").toString().equals("[\"JP\"]"))
                    .findFirst()
                    .orElseThrow();
            String domestic = domesticRow.get("id").asString();
            String domesticName = domesticRow.get("serviceName").asString();

            // a derived answer confirmed on the page
            signIn(officerBrowser, "risk-officer@demo.mekiki.test");
            JsonNode assessment = officer.get("/api/v1/assessments/" + domestic).json();
            String waiting = null;
            for (JsonNode item : assessment.get("items")) {
                JsonNode answer = item.get("answer");
                if (answer != null
                        && !answer.isNull()
                        && answer.get("waitingForConfirmation").asBoolean()) {
                    waiting = item.get("itemId").asString();
                    break;
                }
            }
            assertThat(waiting)
                    .as("the demo leaves derived answers waiting for confirmation")
                    .isNotNull();
            officerBrowser.open(base + "/candidates/" + domestic + "/assessment");
            officerBrowser.click(By.cssSelector("#item-" + waiting + " .confirm-form button"));
            officerBrowser.find(By.cssSelector("#item-" + waiting + " .confirmed"));
            JsonNode confirmed =
                    answerOf(officer.get("/api/v1/assessments/" + domestic).json(), waiting);
            assertThat(confirmed.get("source").asString()).isEqualTo("DERIVED");
            assertThat(confirmed.get("waitingForConfirmation").asBoolean()).isFalse();

            // every other item of both candidates answered (the demo answered part of them)
            for (JsonNode candidate : open) {
                SelectionWork.answerTheRest(officer, candidate.get("id").asString());
            }

            // the domestic candidate's blocking findings: the first accepted through the page and the executive's
            // decision, the others through the API
            List<JsonNode> blocking = new ArrayList<>();
            officer.get("/api/v1/assessments/" + domestic + "/findings").json().forEach(finding -> {
                if (finding.get("open").asBoolean() && finding.get("blocking").asBoolean()) {
                    blocking.add(finding);
                }
            });
            assertThat(blocking)
                    .as("the demo's partial answers leave blocking findings open")
                    .isNotEmpty();
            JsonNode first = blocking.get(0);
            officerBrowser.open(base + "/candidates/" + domestic + "/risks");
            WebElement article =
                    officerBrowser.find(By.id("finding-" + first.get("id").asString()));
            article.findElement(By.cssSelector("details.dispose summary")).click();
            article.findElement(By.cssSelector("input[name=disposition][value=ACCEPT]"))
                    .click();
            article.findElement(By.name("rationale")).sendKeys("社内の代替統制で補えるため受容する。");
            article.findElement(By.cssSelector("form.disposition-form button[type=submit]"))
                    .click();
            officerBrowser.waitForText(By.cssSelector(".notice.success"), "対応方針を保存しました。");
            String acceptance = officer.get("/api/v1/assessments/" + domestic + "/findings/"
                            + first.get("id").asString())
                    .json()
                    .get("acceptance")
                    .get("decisionId")
                    .asString();
            signIn(executiveBrowser, "executive@demo.mekiki.test");
            approveOnThePage(acceptance, "代替統制を確認した。受容する。");
            for (JsonNode finding : blocking.subList(1, blocking.size())) {
                String path = "/api/v1/assessments/" + domestic + "/findings/"
                        + finding.get("id").asString();
                Response accepted = officer.put(
                        path + "/disposition",
                        Map.of(
                                "disposition", "ACCEPT",
                                "rationale", "契約の特約で補う。",
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
            officerBrowser.open(base + "/candidates/" + domestic + "/risks");
            assertThat(officerBrowser
                            .find(By.id("finding-" + first.get("id").asString()))
                            .getText())
                    .contains("受容済み");

            // the domestic candidate chosen on the initiative's candidates panel
            officerBrowser.open(base + "/initiatives/" + initiative);
            officerBrowser.click(
                    By.cssSelector("td.choice[data-candidate='" + domestic + "'] form.choose-form button"));
            officerBrowser.find(By.cssSelector("td.choice[data-candidate='" + domestic + "'] form.clear-choice-form"));

            // the comparison: the domestic candidate scored again on the page, beside keeping it in-house
            officerBrowser.open(base + "/initiatives/" + initiative + "/comparison");
            officerBrowser.click(By.cssSelector("#scores-" + domestic + " summary"));
            for (WebElement select :
                    officerBrowser.findAll(By.cssSelector("form.score-form[data-column='" + domestic + "'] select"))) {
                new Select(select).selectByValue("5");
            }
            officerBrowser.click(By.cssSelector("form.score-form[data-column='" + domestic + "'] button[type=submit]"));
            officerBrowser.waitForText(
                    By.cssSelector("#row-weightedScore td[data-column='" + domestic + "'] .cell-text"), "100.0");
            assertThat(officerBrowser
                            .find(By.cssSelector("#comparison-table th[data-column='in-house']"))
                            .getText())
                    .contains("自社運用の継続");
            assertThat(officerBrowser
                            .find(By.cssSelector("#comparison-table th[data-column='" + domestic + "']"))
                            .getText())
                    .contains(domesticName, "選定候補");
            assertThat(officerBrowser.find(By.id("row-residualRisk")).getText()).contains("残留リスク");
            officerBrowser.screenshot("selection-comparison-ja");

            // the adoption and provider-selection decisions, approved by the executive on their pages
            Instructions instructions = demo.getBean(Instructions.class);
            SignIn people = demo.getBean(SignIn.class);
            MekikiUser executiveUser = people.current(UUID.fromString(
                            executive.get("/api/v1/me").json().get("id").asString()))
                    .orElseThrow();
            MekikiUser officerUser = people.current(UUID.fromString(
                            officer.get("/api/v1/me").json().get("id").asString()))
                    .orElseThrow();
            String selection = null;
            for (String gate : List.of("SELECTION_ADOPTION_DECIDED", "SELECTION_PROVIDER_SELECTED")) {
                AcceptedReports.forGate(instructions, executiveUser, officerUser, UUID.fromString(initiative), gate);
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
                                gate.equals("SELECTION_ADOPTION_DECIDED") ? "クラウド導入の可否" : "事業者の選定",
                                "proposal",
                                domesticName + "を選定する",
                                "options",
                                List.of(domesticName, "自社運用の継続")));
                assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
                String decision = requested.json().get("id").asString();
                approveOnThePage(decision, "比較表と評価の結果から妥当と判断する。");
                selection = decision;
            }

            // the assessments are closed by the selection; reopened with a reason, a changed answer stales it
            officerBrowser.open(base + "/candidates/" + domestic + "/assessment");
            officerBrowser.find(By.id("assessment-locked"));
            officerBrowser.type(By.id("reopen-reason"), "事業者の回答に誤りが見つかったため");
            officerBrowser.click(By.id("reopen-submit"));
            officerBrowser.find(By.cssSelector("#item-" + waiting + " details summary"));
            officerBrowser.click(By.cssSelector("#item-" + waiting + " details summary"));
            new Select(officerBrowser.find(By.id("status-" + waiting))).selectByValue("PARTLY");
            officerBrowser.click(By.cssSelector("#item-" + waiting + " .answer-form button"));
            officerBrowser.waitForText(By.cssSelector("#item-" + waiting + " .status"), "一部満たす");

            executiveBrowser.open(base + "/decisions/" + selection);
            String changes = executiveBrowser.find(By.id("changes")).getText();
            assertThat(changes)
                    .as("the changed answer, named by service and item, and not every answer written out again")
                    .contains(domesticName + " › " + waiting + ": ", "status PARTLY")
                    .hasSizeLessThan(3000);
            assertThat(executive
                            .get("/api/v1/decisions/" + selection)
                            .json()
                            .get("stale")
                            .asBoolean())
                    .isTrue();
            executiveBrowser.screenshot("selection-stale-ja");
        }
    }

    private void approveOnThePage(String decision, String rationale) {
        DemoSession.approveOnThePage(executiveBrowser, base, decision, rationale);
    }

    private static JsonNode answerOf(JsonNode assessment, String itemId) {
        for (JsonNode item : assessment.get("items")) {
            if (item.get("itemId").asString().equals(itemId)) {
                return item.get("answer");
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    private String token(String email) throws Exception {
        return DemoSession.token(base, email, PASSWORD, "selection test");
    }

    private void signIn(Browser browser, String email) {
        DemoSession.signIn(browser, base, email, PASSWORD);
    }
}
