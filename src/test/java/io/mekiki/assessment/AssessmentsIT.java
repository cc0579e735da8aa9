package io.mekiki.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Assessments of candidates through the API: answers one row per item, progress, refusals, history, gate. */
class AssessmentsIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;

    @Autowired
    AssessmentsIT(IdentityFixtures fixtures, InitiativeFixtures initiatives, AuditLedger ledger, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Test
    void anAnswerIsOneRowAndTheProgressCountsAnsweredItemsAndGapsPerSection() throws InterruptedException {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Answer Mail", "JP");
        String path = "/api/v1/assessments/" + candidate.id();

        JsonNode before = officer.api().get(path + "?lang=ja").json();
        assertThat(before.get("answered").asInt()).isZero();
        int total = before.get("total").asInt();
        assertThat(total).isPositive().isEqualTo(before.get("items").size());
        JsonNode first = before.get("items").get(0);
        JsonNode second = before.get("items").get(1);
        assertThat(first.get("question").asString()).isNotBlank();
        assertThat(first.get("evidence").asString()).isNotBlank();
        assertThat(first.get("answer").isNull()).isTrue();
        String english = officer.api()
                .get(path + "?lang=en")
                .json()
                .get("items")
                .get(0)
                .get("question")
                .asString();
        assertThat(english).isNotEqualTo(first.get("question").asString());

        Response answered = officer.api().put(answerPath(candidate, first), answer("MEETS", "契約書 第12条", null, null));
        assertThat(answered.status()).as(answered.json().toString()).isEqualTo(200);
        assertThat(answered.json().get("version").asLong()).isEqualTo(1);
        Timestamp firstSaved = answeredAt(candidate, first);

        Thread.sleep(5);
        Response gap = officer.api().put(answerPath(candidate, second), answer("DOES_NOT_MEET", "対応なし", null, null));
        assertThat(gap.status()).as(gap.json().toString()).isEqualTo(200);
        assertThat(answeredAt(candidate, first))
                .as("the other answer is not written again")
                .isEqualTo(firstSaved);
        assertThat(jdbc.sql("select count(*) from assessment_answer a join assessment s on s.id = a.assessment_id"
                                + " where s.candidate_id = ?")
                        .param(UUID.fromString(candidate.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        JsonNode after = officer.api().get(path).json();
        assertThat(after.get("answered").asInt()).isEqualTo(2);
        assertThat(after.get("total").asInt()).isEqualTo(total);
        int answeredInSections = 0;
        int gaps = 0;
        for (JsonNode section : after.get("sections")) {
            answeredInSections += section.get("answered").asInt();
            gaps += section.get("gaps").asInt();
        }
        assertThat(answeredInSections).isEqualTo(2);
        assertThat(gaps).isEqualTo(1);
        JsonNode section = find(
                after.get("sections"),
                node -> node.get("section")
                        .asString()
                        .equals(second.get("section").asString()));
        assertThat(section.get("gaps").asInt()).isEqualTo(1);
        JsonNode saved = find(
                after.get("items"),
                node -> node.get("itemId").asString().equals(first.get("itemId").asString()));
        assertThat(saved.get("answer").get("status").asString()).isEqualTo("MEETS");
        assertThat(saved.get("answer").get("answer").asString()).isEqualTo("契約書 第12条");
        assertThat(saved.get("answer").get("source").asString()).isEqualTo("PROVIDER_STATEMENT");
        assertThat(saved.get("answer").get("answeredById").asString())
                .isEqualTo(officer.user().userId().toString());

        List<LedgerEntry> entries = ledger.entries(
                        officer.user().organizationId(), AssessmentAnswered.ASSESSMENT, candidate.id(), 0, 100)
                .entries();
        assertThat(entries).extracting(LedgerEntry::action).containsOnly("assessment.item.answered");
        assertThat(entries).hasSize(2);
    }

    @Test
    void answersAreRefusedWithTheFieldNamedAndNothingChanged() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Refusal Mail", "JP");
        JsonNode item = officer.api()
                .get("/api/v1/assessments/" + candidate.id())
                .json()
                .get("items")
                .get(0);
        String itemPath = answerPath(candidate, item);

        Response notApplicable = officer.api()
                .put(
                        "/api/v1/assessments/" + candidate.id() + "/answers/OS-NOT-SCOPED-99",
                        answer("MEETS", "", null, null));
        assertThat(notApplicable.status()).isEqualTo(400);
        assertThat(field(notApplicable)).isEqualTo("itemId");

        Response badStatus = officer.api().put(itemPath, answer("GREAT", "", null, null));
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(field(badStatus)).isEqualTo("status");

        Response noReason = officer.api().put(itemPath, answer("NOT_APPLICABLE", "", null, null));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(field(noReason)).isEqualTo("reason");

        Client stranger = client(Role.RISK_OFFICER);
        assertThat(stranger.api().put(itemPath, answer("MEETS", "", null, null)).status())
                .isEqualTo(404);
        assertThat(stranger.api().get("/api/v1/assessments/" + candidate.id()).status())
                .isEqualTo(404);

        for (Role reader : List.of(Role.AUDITOR, Role.BUSINESS_OWNER)) {
            Client other = sameOrganization(officer, reader);
            assertThat(other.api().get("/api/v1/assessments/" + candidate.id()).status())
                    .isEqualTo(200);
            assertThat(other.api()
                            .put(itemPath, answer("MEETS", "", null, null))
                            .status())
                    .as(reader.name())
                    .isEqualTo(403);
        }
        assertThat(answers(candidate)).as("nothing was written").isZero();

        Response reasoned = officer.api().put(itemPath, answer("NOT_APPLICABLE", "", "オンプレミスでは扱わない", 0L));
        assertThat(reasoned.status()).as(reasoned.json().toString()).isEqualTo(200);
        Response stale = officer.api().put(itemPath, answer("MEETS", "", null, 0L));
        assertThat(stale.status()).isEqualTo(409);
        Client executive = sameOrganization(officer, Role.EXECUTIVE);
        Response current = executive.api().put(itemPath, answer("MEETS", "確認済み", null, 1L));
        assertThat(current.status()).as(current.json().toString()).isEqualTo(200);
        assertThat(current.json().get("version").asLong()).isEqualTo(2);
        assertThat(answers(candidate)).isEqualTo(1);
    }

    @Test
    void whenTheScopingChangesOldAnswersAreKeptApartAndNewItemsAreUnanswered() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Moving Mail", "JP");
        String path = "/api/v1/assessments/" + candidate.id();
        JsonNode domestic = officer.api().get(path).json();
        assertThat(sections(domestic)).doesNotContain("OVERSEAS");
        JsonNode kept = domestic.get("items").get(0);
        assertThat(officer.api()
                        .put(answerPath(candidate, kept), answer("MEETS", "", null, null))
                        .status())
                .isEqualTo(200);

        revise(officer, candidate, List.of("JP", "US"), 0);
        JsonNode abroad = waitFor(officer, path, json -> sections(json).contains("OVERSEAS"));
        assertThat(abroad.get("total").asInt())
                .isGreaterThan(domestic.get("total").asInt());
        assertThat(abroad.get("answered").asInt()).isEqualTo(1);
        JsonNode overseas =
                find(abroad.get("items"), node -> node.get("section").asString().equals("OVERSEAS"));
        assertThat(overseas.get("answer").isNull())
                .as("a new item appears unanswered")
                .isTrue();
        assertThat(officer.api()
                        .put(answerPath(candidate, overseas), answer("PARTLY", "", null, null))
                        .status())
                .isEqualTo(200);

        revise(officer, candidate, List.of("JP"), 1);
        JsonNode back = waitFor(officer, path, json -> !sections(json).contains("OVERSEAS"));
        assertThat(back.get("total").asInt()).isEqualTo(domestic.get("total").asInt());
        assertThat(back.get("answered").asInt())
                .as("the old answer is not counted")
                .isEqualTo(1);
        assertThat(back.get("history")).hasSize(1);
        assertThat(back.get("history").get(0).get("itemId").asString())
                .isEqualTo(overseas.get("itemId").asString());
        assertThat(back.get("history").get(0).get("status").asString()).isEqualTo("PARTLY");
    }

    @Test
    void theProviderSelectionGateWaitsUntilEveryCandidateIsAssessed() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Gate Answer Mail", "JP");
        String gates = "/api/v1/initiatives/" + candidate.initiative() + "/gates?lang=en";
        JsonNode unmet = condition(officer.api().get(gates).json(), "SELECTION_PROVIDER_SELECTED");
        assertThat(unmet.get("met").asBoolean()).isFalse();
        assertThat(unmet.get("label").asString()).contains("Gate Answer Mail");

        JsonNode items = officer.api()
                .get("/api/v1/assessments/" + candidate.id())
                .json()
                .get("items");
        for (JsonNode item : items) {
            assertThat(officer.api()
                            .put(answerPath(candidate, item), answer("UNKNOWN", "", null, null))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(condition(officer.api().get(gates).json(), "SELECTION_PROVIDER_SELECTED")
                        .get("met")
                        .asBoolean())
                .as("every item answered, gaps included")
                .isTrue();
    }

    private static JsonNode condition(JsonNode gates, String gate) {
        JsonNode status =
                find(gates.get("gates"), node -> node.get("gate").asString().equals(gate));
        assertThat(status).as(gate).isNotNull();
        JsonNode condition = find(
                status.get("conditions"), node -> node.get("code").asString().equals("CANDIDATES_ASSESSED"));
        assertThat(condition).as(gate + " CANDIDATES_ASSESSED").isNotNull();
        return condition;
    }

    private int answers(Candidate candidate) {
        return jdbc.sql("select count(*) from assessment_answer a join assessment s on s.id = a.assessment_id"
                        + " where s.candidate_id = ?")
                .param(UUID.fromString(candidate.id()))
                .query(Integer.class)
                .single();
    }

    private Timestamp answeredAt(Candidate candidate, JsonNode item) {
        return jdbc.sql("select a.answered_at from assessment_answer a join assessment s on s.id = a.assessment_id"
                        + " where s.candidate_id = ? and a.item_id = ?")
                .params(UUID.fromString(candidate.id()), item.get("itemId").asString())
                .query(Timestamp.class)
                .single();
    }

    private static String answerPath(Candidate candidate, JsonNode item) {
        return "/api/v1/assessments/" + candidate.id() + "/answers/"
                + item.get("itemId").asString();
    }

    private static Map<String, Object> answer(String status, String text, String reason, Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("answer", text);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static String field(Response refused) {
        assertThat(refused.isProblem()).isTrue();
        return refused.json().get("errors").get(0).get("field").asString();
    }

    private static List<String> sections(JsonNode assessment) {
        List<String> sections = new ArrayList<>();
        assessment
                .get("sections")
                .forEach(section -> sections.add(section.get("section").asString()));
        return sections;
    }

    private Candidate candidate(Client client, String name, String dataLocation) {
        String initiative =
                initiatives.initiative(client.user().organizationId()).toString();
        String provider = created(client.api()
                .post("/api/v1/providers", Map.of("legalName", name + " K.K.", "headquartersCountry", "JP")));
        String service = created(client.api().post("/api/v1/services", service(provider, name, List.of(dataLocation))));
        String candidate = created(
                client.api().post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", service)));
        return new Candidate(candidate, initiative, provider, service, name);
    }

    private static void revise(Client client, Candidate candidate, List<String> dataLocations, long version) {
        Map<String, Object> revised = service(candidate.provider(), candidate.name(), dataLocations);
        revised.put("version", version);
        Response response = client.api().put("/api/v1/services/" + candidate.service(), revised);
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
    }

    private static Map<String, Object> service(String provider, String name, List<String> dataLocations) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
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

    private static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        return null;
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

    record Candidate(String id, String initiative, String provider, String service, String name) {}
}
