package io.mekiki.selection;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.selection.CandidatesIT.Client;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Gate conditions are kept between reads per contributor, initiative and the organisation's ledger head (ADR
 * 019, extension i7-speed): every recorded change of a fact they rest on shows at the next read, and what is
 * kept for one organisation never answers another's read.
 */
class KeptGateConditionsIT extends ApplicationTest {

    private static final String SELECTED = "SELECTION_PROVIDER_SELECTED";

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final JdbcClient jdbc;

    @Autowired
    KeptGateConditionsIT(IdentityFixtures fixtures, InitiativeFixtures initiatives, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.jdbc = jdbc;
    }

    @Test
    void everyRecordedChangeOfTheCandidatesTheirServicesAndAnswersShowsAtTheNextRead() throws InterruptedException {
        Client officer = client(fixtures.userInNewOrganization(Role.RISK_OFFICER));
        String initiative =
                initiatives.initiative(officer.user().organizationId()).toString();
        String gates = "/api/v1/initiatives/" + initiative + "/gates?lang=en";

        // read twice: the second read is answered from what was kept
        for (int read = 0; read < 2; read++) {
            assertThat(met(officer, gates, "CANDIDATE_PRESENT")).isFalse();
        }

        String provider = CandidatesIT.japaneseProvider(officer, "Kept Cloud");
        String service = created(officer.api()
                .post(
                        "/api/v1/services",
                        CandidatesIT.serviceBody(provider, "Kept Mail", List.of("JP"), List.of("JP"))));
        String candidate = created(
                officer.api().post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", service)));
        assertThat(met(officer, gates, "CANDIDATE_PRESENT"))
                .as("a candidate added")
                .isTrue();
        assertThat(met(officer, gates, "CANDIDATE_SCOPING_CURRENT")).isTrue();
        JsonNode assessed = condition(officer.api().get(gates).json(), "CANDIDATES_ASSESSED");
        assertThat(assessed.get("met").asBoolean()).isFalse();
        assertThat(assessed.get("label").asString()).contains("Kept Mail (0/");

        // one answer recorded: the assessment's count moves at the next read
        JsonNode item = officer.api()
                .get("/api/v1/assessments/" + candidate)
                .json()
                .get("items")
                .get(0);
        Response answered = officer.api()
                .put(
                        "/api/v1/assessments/" + candidate + "/answers/"
                                + item.get("itemId").asString(),
                        Map.of("status", "UNKNOWN", "answer", ""));
        assertThat(answered.status()).as(answered.json().toString()).isEqualTo(200);
        String oneAnswered = condition(officer.api().get(gates).json(), "CANDIDATES_ASSESSED")
                .get("label")
                .asString();
        assertThat(oneAnswered).as("the answer recorded").contains("Kept Mail (1/");

        // the service's data moves abroad: the candidate is rescoped after commit, with more items to assess
        settled(officer);
        assertThat(officer.api()
                        .put(
                                "/api/v1/services/" + service,
                                withVersion(
                                        CandidatesIT.serviceBody(
                                                provider, "Kept Mail", List.of("JP", "KR"), List.of("JP")),
                                        officer.api()
                                                .get("/api/v1/services/" + service)
                                                .json()
                                                .get("version")
                                                .asLong()))
                        .status())
                .isEqualTo(200);
        settled(officer);
        assertThat(met(officer, gates, "CANDIDATE_SCOPING_CURRENT")).isTrue();
        String rescoped = condition(officer.api().get(gates).json(), "CANDIDATES_ASSESSED")
                .get("label")
                .asString();
        assertThat(rescoped).contains("Kept Mail (1/").isNotEqualTo(oneAnswered);

        Response withdrawn = officer.api()
                .post(
                        "/api/v1/initiatives/" + initiative + "/candidates/" + candidate + "/withdrawal",
                        Map.of("reason", "Too small"));
        assertThat(withdrawn.status()).as(withdrawn.json().toString()).isEqualTo(200);
        assertThat(met(officer, gates, "CANDIDATE_PRESENT"))
                .as("the only candidate withdrawn")
                .isFalse();
        assertThat(find(
                        gateOf(officer.api().get(gates).json()).get("conditions"),
                        node -> node.get("code").asString().equals("CANDIDATES_ASSESSED")))
                .as("no open candidate left to assess")
                .isNull();
    }

    @Test
    void aWriteWithoutALedgerEntryShowsOnlyOnceTheOrganisationsLedgerMoves() {
        Client officer = client(fixtures.userInNewOrganization(Role.RISK_OFFICER));
        String initiative =
                initiatives.initiative(officer.user().organizationId()).toString();
        String gates = "/api/v1/initiatives/" + initiative + "/gates?lang=en";
        String provider = CandidatesIT.japaneseProvider(officer, "Quiet Cloud");
        String service = created(officer.api()
                .post(
                        "/api/v1/services",
                        CandidatesIT.serviceBody(provider, "Quiet Mail", List.of("JP"), List.of("JP"))));
        String candidate = created(
                officer.api().post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", service)));
        assertThat(met(officer, gates, "CANDIDATE_SCOPING_CURRENT")).isTrue();

        // a reader of another organisation with the same ledger length reads its own conditions
        Client stranger = client(fixtures.userInNewOrganization(Role.RISK_OFFICER));
        String theirs = initiatives.initiative(stranger.user().organizationId()).toString();
        assertThat(met(stranger, "/api/v1/initiatives/" + theirs + "/gates?lang=en", "CANDIDATE_PRESENT"))
                .isFalse();

        // every change in Mekiki is recorded in the ledger; this one, made behind the application's back, is not
        jdbc.sql("update selection_candidate set facts = replace(facts, '\"dataLocations\":[\"JP\"]',"
                        + " '\"dataLocations\":[\"KR\"]') where id = ?")
                .params(UUID.fromString(candidate))
                .update();
        assertThat(met(officer, gates, "CANDIDATE_SCOPING_CURRENT"))
                .as("kept while the organisation's ledger stands still")
                .isTrue();

        // any recorded change of the organisation moves its ledger head: the conditions are read afresh
        CandidatesIT.japaneseProvider(officer, "Another Cloud");
        assertThat(met(officer, gates, "CANDIDATE_SCOPING_CURRENT")).isFalse();
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        Map<String, Object> versioned = new java.util.LinkedHashMap<>(body);
        versioned.put("version", version);
        return versioned;
    }

    private static boolean met(Client client, String gates, String code) {
        return condition(client.api().get(gates).json(), code).get("met").asBoolean();
    }

    private static JsonNode gateOf(JsonNode gates) {
        JsonNode status =
                find(gates.get("gates"), node -> node.get("gate").asString().equals(SELECTED));
        assertThat(status).as(SELECTED).isNotNull();
        return status;
    }

    private static JsonNode condition(JsonNode gates, String code) {
        JsonNode condition = find(
                gateOf(gates).get("conditions"),
                node -> node.get("code").asString().equals(code));
        assertThat(condition).as(SELECTED + " " + code).isNotNull();
        return condition;
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        return null;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Waits until every reaction to the organisation's changes so far has run (rescoping after commit). */
    private void settled(Client client) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            int incomplete = jdbc.sql("select count(*) from event_publication where completion_date is null"
                            + " and serialized_event like ?")
                    .param("%" + client.user().organizationId() + "%")
                    .query(Integer.class)
                    .single();
            if (incomplete == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("reactions still running for " + client.user().organizationId());
    }

    private Client client(MekikiUser user) {
        return new Client(user, new BearerClient(url(""), fixtures.token(user)));
    }
}
