package io.mekiki.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.AcceptedReports;
import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.SelectionWork;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Answers derived from the service record, their confirmation and review; evidence and comments on answers;
 * the assessments closed by the approved provider selection, reopened, and the decision staled by a changed
 * answer (ADR 029).
 */
class AssessmentAnswersIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;
    private final Instructions instructions;

    @Autowired
    AssessmentAnswersIT(
            IdentityFixtures fixtures,
            InitiativeFixtures initiatives,
            AuditLedger ledger,
            JdbcClient jdbc,
            Instructions instructions) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.instructions = instructions;
    }

    @Test
    void derivedAnswersWaitForAPersonAndFollowTheServiceRecordWithoutTouchingAPersonsAnswer() {
        Client officer = client(Role.RISK_OFFICER);
        Map<String, Object> details = service("Derived Mail", List.of("JP"));
        details.put("governingLaw", "日本法");
        details.put("jurisdiction", "東京地方裁判所");
        Candidate candidate = candidate(officer, "Derived Mail", "US", details);
        String path = "/api/v1/assessments/" + candidate.id();

        JsonNode first = officer.api().get(path + "?lang=en").json();
        JsonNode law = answer(first, "OS-LAW-01");
        assertThat(law.get("source").asString()).isEqualTo("DERIVED");
        assertThat(law.get("status").asString()).isEqualTo("MEETS");
        assertThat(law.get("derivation").get("fact").asString()).isEqualTo("governingLaw");
        assertThat(law.get("derivation").get("value").asString()).isEqualTo("日本法");
        assertThat(law.get("derivation").get("text").asString())
                .contains("Governing law")
                .contains("日本法");
        assertThat(law.get("waitingForConfirmation").asBoolean()).isTrue();
        assertThat(law.get("confirmedById").isNull()).isTrue();
        assertThat(answer(first, "OS-JURIS-01").get("status").asString()).isEqualTo("MEETS");
        assertThat(answer(first, "OS-REGION-01").get("derivation").get("fact").asString())
                .isEqualTo("dataLocations");
        assertThat(first.get("answered").asInt())
                .as("waiting answers are not answered")
                .isZero();
        int waiting = first.get("waiting").asInt();
        assertThat(waiting).isGreaterThanOrEqualTo(3);
        int waitingInSections = 0;
        for (JsonNode section : first.get("sections")) {
            waitingInSections += section.get("waiting").asInt();
        }
        assertThat(waitingInSections).isEqualTo(waiting);
        JsonNode condition = condition(
                officer.api()
                        .get("/api/v1/initiatives/" + candidate.initiative() + "/gates?lang=en")
                        .json(),
                "SELECTION_ADOPTION_DECIDED");
        assertThat(condition.get("met").asBoolean()).isFalse();
        assertThat(condition.get("label").asString()).contains("Derived Mail").contains(waiting + " derived answers");

        Response manual =
                officer.api().put(path + "/answers/OS-LAW-01", Map.of("status", "MEETS", "source", "DERIVED"));
        assertThat(manual.status()).isEqualTo(400);
        assertThat(manual.errorFields()).containsExactly("source");
        Response nothingToConfirm = officer.api().post(path + "/answers/LC-SEL-COLLECT-01/confirmation", Map.of());
        assertThat(nothingToConfirm.status())
                .as(nothingToConfirm.json().toString())
                .isEqualTo(409);

        Response confirmed = officer.api().post(path + "/answers/OS-LAW-01/confirmation", Map.of("version", 1));
        assertThat(confirmed.status()).as(confirmed.json().toString()).isEqualTo(200);
        assertThat(confirmed.json().get("confirmedById").asString())
                .isEqualTo(officer.user().userId().toString());
        assertThat(confirmed.json().get("waitingForConfirmation").asBoolean()).isFalse();
        assertThat(confirmed.json().get("version").asLong()).isEqualTo(2);
        Response own = officer.api()
                .put(
                        path + "/answers/OS-REGION-01",
                        Map.of("status", "PARTLY", "answer", "東京リージョンのみ、ただしバックアップは未確認", "version", 1));
        assertThat(own.status()).as(own.json().toString()).isEqualTo(200);
        assertThat(own.json().get("derivation").isNull()).isTrue();
        assertThat(officer.api().get(path).json().get("answered").asInt()).isEqualTo(2);

        // the terms change: governing law and court abroad
        details.put("governingLaw", "New York law");
        details.put("jurisdiction", "New York courts");
        details.put("version", 0);
        Response revised = officer.api().put("/api/v1/services/" + candidate.service(), details);
        assertThat(revised.status()).as(revised.json().toString()).isEqualTo(200);

        JsonNode after = waitFor(
                officer, path, json -> !answer(json, "OS-LAW-01").get("review").isNull());
        JsonNode reviewed = answer(after, "OS-LAW-01");
        assertThat(reviewed.get("status").asString())
                .as("a confirmed answer keeps its status")
                .isEqualTo("MEETS");
        assertThat(reviewed.get("review").get("fact").asString()).isEqualTo("governingLaw");
        assertThat(reviewed.get("review").get("statusNow").asString()).isEqualTo("PARTLY");
        assertThat(reviewed.get("review").get("valueNow").asString()).isEqualTo("New York law");
        JsonNode court = waitFor(
                officer,
                path,
                json -> answer(json, "OS-JURIS-01").get("status").asString().equals("PARTLY"));
        assertThat(answer(court, "OS-JURIS-01").get("derivation").get("value").asString())
                .as("an unconfirmed answer is derived again")
                .isEqualTo("New York courts");
        assertThat(answer(court, "OS-JURIS-01").get("review").isNull()).isTrue();
        assertThat(answer(court, "OS-REGION-01").get("source").asString())
                .as("a person's own answer is left alone")
                .isEqualTo("PROVIDER_STATEMENT");
        assertThat(answer(court, "OS-REGION-01").get("status").asString()).isEqualTo("PARTLY");
        assertThat(court.get("answered").asInt())
                .as("an answer under review is not answered")
                .isEqualTo(1);

        Response again = officer.api().post(path + "/answers/OS-LAW-01/confirmation", Map.of());
        assertThat(again.status()).as(again.json().toString()).isEqualTo(200);
        assertThat(again.json().get("status").asString())
                .as("the review's finding is taken over")
                .isEqualTo("PARTLY");
        assertThat(again.json().get("review").isNull()).isTrue();
        assertThat(again.json().get("derivation").get("value").asString()).isEqualTo("New York law");

        List<String> actions = actions(officer, candidate);
        assertThat(actions)
                .contains("assessment.item.answered", "assessment.item.confirmed", "assessment.item.markedForReview");
    }

    @Test
    void evidenceIsACheckedLinkOrAFileTheAttachmentRulesAcceptEverybodyDownloads() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Evidence Mail", "JP", service("Evidence Mail", List.of("JP")));
        String item = officer.api()
                .get("/api/v1/assessments/" + candidate.id())
                .json()
                .get("items")
                .get(0)
                .get("itemId")
                .asString();
        String answerPath = "/api/v1/assessments/" + candidate.id() + "/answers/" + item;

        Response link = officer.api()
                .post(answerPath + "/links", Map.of("reference", "https://trust.example.com/soc2", "title", "SOC 2"));
        assertThat(link.status()).as(link.json().toString()).isEqualTo(201);
        for (String bad :
                List.of("javascript:alert(1)", "/decisions/" + UUID.randomUUID(), "ftp://example.com/x", "")) {
            Response refused = officer.api().post(answerPath + "/links", Map.of("reference", bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.errorFields()).as(bad).containsExactly("reference");
        }
        HttpResponse<String> file = upload(officer.user(), answerPath + "/files", "契約書.pdf", TestFiles.PDF);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
        JsonNode stored = BearerClient.JSON.readTree(file.body());
        assertThat(stored.get("sha256").asString()).hasSize(64);
        for (HttpResponse<String> refused : List.of(
                upload(officer.user(), answerPath + "/files", "report.pdf", TestFiles.EXE),
                upload(officer.user(), answerPath + "/files", "比較表.xlsx", TestFiles.zip("data.csv", "notes.txt")),
                upload(officer.user(), answerPath + "/files", "empty.pdf", new byte[0]))) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(BearerClient.JSON
                            .readTree(refused.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .isEqualTo("file");
        }
        assertThat(evidenceRows(candidate))
                .as("nothing stored for the refusals")
                .isEqualTo(2);
        Client owner = sameOrganization(officer, Role.BUSINESS_OWNER);
        assertThat(owner.api()
                        .post(answerPath + "/links", Map.of("reference", "https://example.com"))
                        .status())
                .isEqualTo(403);

        Client auditor = sameOrganization(officer, Role.AUDITOR);
        JsonNode listed = answerItem(
                auditor.api().get("/api/v1/assessments/" + candidate.id()).json(), item);
        assertThat(listed.get("attached")).hasSize(2);
        String download = stored.get("reference").asString();
        ResponseEntity<byte[]> bytes = auditor.api().raw(HttpMethod.GET, download, null);
        assertThat(bytes.getStatusCode().value()).isEqualTo(200);
        assertThat(bytes.getBody()).isEqualTo(TestFiles.PDF);
        assertThat(bytes.getHeaders().getFirst("Repr-Digest")).startsWith("sha-256=:");
        assertThat(client(Role.AUDITOR)
                        .api()
                        .raw(HttpMethod.GET, download, null)
                        .getStatusCode()
                        .value())
                .as("another organisation")
                .isEqualTo(404);

        String evidenceId = stored.get("id").asString();
        assertThat(auditor.api()
                        .send(
                                HttpMethod.DELETE,
                                "/api/v1/assessments/" + candidate.id() + "/evidence/" + evidenceId,
                                null)
                        .status())
                .isEqualTo(403);
        assertThat(officer.api()
                        .send(
                                HttpMethod.DELETE,
                                "/api/v1/assessments/" + candidate.id() + "/evidence/" + evidenceId,
                                null)
                        .status())
                .isEqualTo(204);
        assertThat(evidenceRows(candidate)).isEqualTo(1);
        List<LedgerEntry> entries = ledger.entries(
                        officer.user().organizationId(), AssessmentAnswered.ASSESSMENT, candidate.id(), 0, 100)
                .entries();
        assertThat(entries)
                .filteredOn(entry -> entry.action().equals("assessment.evidence.added"))
                .hasSize(2)
                .anySatisfy(entry -> assertThat(entry.change().toString())
                        .contains(stored.get("sha256").asString()));
        assertThat(entries).extracting(LedgerEntry::action).contains("assessment.evidence.removed");
    }

    @Test
    void businessOwnersRiskOfficersAndExecutivesCommentAuditorsRead() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Comment Mail", "JP", service("Comment Mail", List.of("JP")));
        String item = officer.api()
                .get("/api/v1/assessments/" + candidate.id())
                .json()
                .get("items")
                .get(0)
                .get("itemId")
                .asString();
        String comments = "/api/v1/assessments/" + candidate.id() + "/answers/" + item + "/comments";
        Client owner = sameOrganization(officer, Role.BUSINESS_OWNER);
        Client executive = sameOrganization(officer, Role.EXECUTIVE);
        Client auditor = sameOrganization(officer, Role.AUDITOR);

        Response byOwner = owner.api().post(comments, Map.of("body", "業務部門としては、この条件で問題ありません。"));
        assertThat(byOwner.status()).as(byOwner.json().toString()).isEqualTo(201);
        assertThat(byOwner.json().get("author").asString())
                .isEqualTo(owner.user().displayName());
        assertThat(executive.api().post(comments, Map.of("body", "了解。")).status())
                .isEqualTo(201);
        assertThat(auditor.api().post(comments, Map.of("body", "監査の意見")).status())
                .isEqualTo(403);
        Response empty = owner.api().post(comments, Map.of("body", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("body");

        JsonNode listed = answerItem(
                auditor.api().get("/api/v1/assessments/" + candidate.id()).json(), item);
        assertThat(listed.get("comments")).hasSize(2);
        assertThat(listed.get("comments").get(0).get("author").asString())
                .isEqualTo(owner.user().displayName());
        assertThat(listed.get("comments").get(0).get("body").asString()).startsWith("業務部門として");
        assertThat(listed.get("comments").get(1).get("author").asString())
                .isEqualTo(executive.user().displayName());
        assertThat(actions(officer, candidate)).contains("assessment.item.commented");
    }

    @Test
    void theApprovedSelectionClosesTheAssessmentsReopenedAChangedAnswerStalesItAndItsPageSaysWhich() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Locked Mail", "JP", service("Locked Mail", List.of("JP")));
        String path = "/api/v1/assessments/" + candidate.id();
        JsonNode items = officer.api().get(path).json().get("items");
        for (JsonNode item : items) {
            JsonNode answer = item.get("answer");
            Response answered = answer != null
                            && !answer.isNull()
                            && answer.get("source").asString().equals("DERIVED")
                    ? officer.api().post(path + "/answers/" + item.get("itemId").asString() + "/confirmation", Map.of())
                    : officer.api()
                            .put(
                                    path + "/answers/" + item.get("itemId").asString(),
                                    Map.of("status", "MEETS", "answer", "契約書で確認"));
            assertThat(answered.status()).as(answered.json().toString()).isEqualTo(200);
        }
        String itemId = items.get(0).get("itemId").asString();
        SelectionWork.compareEveryColumn(officer.api(), String.valueOf(candidate.initiative()), 3);
        SelectionWork.choose(officer.api(), String.valueOf(candidate.initiative()), String.valueOf(candidate.id()));
        Client executive = sameOrganization(officer, Role.EXECUTIVE);
        String decision = approve(officer, executive, candidate.initiative(), "SELECTION_PROVIDER_SELECTED");

        JsonNode closed = officer.api().get(path).json();
        assertThat(closed.get("locked").get("decisionId").asString()).isEqualTo(decision);
        Response refused = officer.api().put(path + "/answers/" + itemId, Map.of("status", "PARTLY", "version", 1));
        assertThat(refused.status()).as(refused.json().toString()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("assessment.error.locked");
        assertThat(officer.api()
                        .post(path + "/answers/" + itemId + "/links", Map.of("reference", "https://example.com"))
                        .status())
                .isEqualTo(409);
        assertThat(evidenceRows(candidate)).isZero();

        String reopening = "/api/v1/initiatives/" + candidate.initiative() + "/assessments/reopening";
        assertThat(sameOrganization(officer, Role.AUDITOR)
                        .api()
                        .post(reopening, Map.of("reason", "再評価"))
                        .status())
                .isEqualTo(403);
        Response noReason = officer.api().post(reopening, Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Response reopened = officer.api().post(reopening, Map.of("reason", "事業者の回答に誤りが見つかったため"));
        assertThat(reopened.status()).as(reopened.json().toString()).isEqualTo(201);
        assertThat(officer.api().post(reopening, Map.of("reason", "もう一度")).status())
                .as("open already")
                .isEqualTo(409);
        assertThat(ledger.entries(officer.user().organizationId(), "INITIATIVE", candidate.initiative(), 0, 200)
                        .entries())
                .extracting(LedgerEntry::action)
                .contains("assessment.assessments.reopened");
        assertThat(officer.api().get(path).json().get("locked").isNull()).isTrue();
        assertThat(officer.api()
                        .get("/api/v1/decisions/" + decision)
                        .json()
                        .get("stale")
                        .asBoolean())
                .as("reopening alone changes no answer")
                .isFalse();

        Response changed = officer.api()
                .put(path + "/answers/" + itemId, Map.of("status", "PARTLY", "answer", "一部のみ", "version", 1));
        assertThat(changed.status()).as(changed.json().toString()).isEqualTo(200);
        assertThat(officer.api()
                        .get("/api/v1/decisions/" + decision)
                        .json()
                        .get("stale")
                        .asBoolean())
                .isTrue();
        JsonNode paper = officer.api()
                .get("/api/v1/decisions/" + decision + "/paper?lang=en")
                .json();
        assertThat(paper.get("changes").toString())
                .as("the page says which answer of which service changed")
                .contains("Locked Mail")
                .contains(itemId)
                .contains("PARTLY");
    }

    private String approve(Client officer, Client executive, String initiative, String gate) {
        AcceptedReports.forGate(instructions, executive.user(), officer.user(), UUID.fromString(initiative), gate);
        Response requested = officer.api()
                .post(
                        "/api/v1/decisions",
                        Map.of(
                                "subjectType",
                                "INITIATIVE",
                                "subjectId",
                                initiative,
                                "topic",
                                gate,
                                "title",
                                gate,
                                "proposal",
                                "Select the assessed service",
                                "options",
                                List.of("Select", "Stop")));
        assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
        String decision = requested.json().get("id").asString();
        Response decided = executive
                .api()
                .post(
                        "/api/v1/decisions/" + decision + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "Within our risk appetite"));
        assertThat(decided.status()).as(decided.json().toString()).isEqualTo(200);
        return decision;
    }

    private List<String> actions(Client client, Candidate candidate) {
        List<String> actions = new ArrayList<>();
        ledger.entries(client.user().organizationId(), AssessmentAnswered.ASSESSMENT, candidate.id(), 0, 200)
                .entries()
                .forEach(entry -> actions.add(entry.action()));
        return actions;
    }

    private int evidenceRows(Candidate candidate) {
        return jdbc.sql("select count(*) from assessment_evidence e join assessment s on s.id = e.assessment_id"
                        + " where s.candidate_id = ?")
                .param(UUID.fromString(candidate.id()))
                .query(Integer.class)
                .single();
    }

    private static JsonNode answer(JsonNode assessment, String itemId) {
        JsonNode item = answerItem(assessment, itemId);
        assertThat(item).as(itemId + " applies").isNotNull();
        assertThat(item.get("answer").isNull()).as(itemId + " answered").isFalse();
        return item.get("answer");
    }

    private static JsonNode answerItem(JsonNode assessment, String itemId) {
        for (JsonNode item : assessment.get("items")) {
            if (item.get("itemId").asString().equals(itemId)) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode condition(JsonNode gates, String gate) {
        for (JsonNode status : gates.get("gates")) {
            if (status.get("gate").asString().equals(gate)) {
                for (JsonNode condition : status.get("conditions")) {
                    if (condition.get("code").asString().equals("CANDIDATES_ASSESSED")) {
                        return condition;
                    }
                }
            }
        }
        throw new AssertionError("no CANDIDATES_ASSESSED on " + gate);
    }

    private Candidate candidate(Client client, String name, String headquarters, Map<String, Object> details) {
        String initiative =
                initiatives.initiative(client.user().organizationId()).toString();
        String provider = created(client.api()
                .post("/api/v1/providers", Map.of("legalName", name + " Inc.", "headquartersCountry", headquarters)));
        details.put("providerId", provider);
        String service = created(client.api().post("/api/v1/services", details));
        String candidate = created(
                client.api().post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", service)));
        return new Candidate(candidate, initiative, provider, service);
    }

    private static Map<String, Object> service(String name, List<String> dataLocations) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("name", name);
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", dataLocations);
        service.put("operationLocations", List.of("JP"));
        return service;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static JsonNode waitFor(Client client, String path, Predicate<JsonNode> done) {
        JsonNode last = null;
        for (int i = 0; i < 100; i++) {
            last = client.api().get(path).json();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
        throw new AssertionError("not reached: " + last);
    }

    private HttpResponse<String> upload(MekikiUser user, String path, String fileName, byte[] content) {
        String boundary = "----mekiki" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + fixtures.token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Client client(Role role) {
        return client(fixtures.userInNewOrganization(role));
    }

    private Client sameOrganization(Client other, Role role) {
        return client(fixtures.user(other.user().organizationId(), role));
    }

    private Client client(MekikiUser user) {
        return new Client(user, new BearerClient(url(""), fixtures.token(user)));
    }

    record Client(MekikiUser user, BearerClient api) {}

    record Candidate(String id, String initiative, String provider, String service) {}
}
