package io.mekiki.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The assessments of an initiative's candidates side by side, by API and page: the union of the candidates'
 * items with each one's status, the items outside a candidate's scoping marked, progress per candidate and
 * section, the filters, and the refusals.
 */
class InitiativeAssessmentIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;

    @Autowired
    InitiativeAssessmentIT(IdentityFixtures fixtures, InitiativeFixtures initiatives) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
    }

    @Test
    void everyCandidatesStatusPerItemWithProgressAndFilters() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        UUID initiative = initiatives.initiative(officer.organizationId(), "Side by side");
        String domestic = candidate(api, initiative, "Domestic Mail", List.of("JP"));
        String abroad = candidate(api, initiative, "Abroad Mail", List.of("US"));
        List<String> domesticItems = itemIds(api, domestic);
        List<String> abroadItems = itemIds(api, abroad);
        String shared = domesticItems.get(0);
        String onlyAbroad = abroadItems.stream()
                .filter(item -> !domesticItems.contains(item))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the US service brings items of its own"));
        answer(api, domestic, shared, "MEETS");
        answer(api, abroad, shared, "DOES_NOT_MEET");
        answer(api, abroad, onlyAbroad, "PARTLY");
        answer(api, domestic, domesticItems.get(1), "MEETS");

        JsonNode matrix = api.get("/api/v1/initiatives/" + initiative + "/assessment?lang=en")
                .json();
        assertThat(matrix.get("answers").asInt()).isEqualTo(4);
        JsonNode candidates = matrix.get("candidates");
        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0).get("candidateId").asString()).isEqualTo(domestic);
        assertThat(candidates.get(1).get("candidateId").asString()).isEqualTo(abroad);
        assertThat(candidates.get(0).get("total").asInt()).isEqualTo(domesticItems.size());
        assertThat(candidates.get(1).get("total").asInt()).isEqualTo(abroadItems.size());
        assertThat(candidates.get(1).get("answered").asInt()).isEqualTo(2);
        assertThat(candidates.get(1).get("gaps").asInt()).isEqualTo(2);
        int sectionGaps = 0;
        for (JsonNode section : candidates.get(1).get("sections")) {
            sectionGaps += section.get("gaps").asInt();
        }
        assertThat(sectionGaps).isEqualTo(2);

        List<String> union = new ArrayList<>(domesticItems);
        abroadItems.stream().filter(item -> !union.contains(item)).forEach(union::add);
        JsonNode items = matrix.get("items");
        assertThat(items).hasSize(union.size());
        JsonNode sharedRow = row(items, shared);
        assertThat(sharedRow.get("title").asString()).isNotBlank().isNotEqualTo(shared);
        assertThat(sharedRow.get("cells").get(0).get("status").asString()).isEqualTo("MEETS");
        assertThat(sharedRow.get("cells").get(1).get("status").asString()).isEqualTo("DOES_NOT_MEET");
        JsonNode abroadRow = row(items, onlyAbroad);
        assertThat(abroadRow.get("cells").get(0).get("applies").asBoolean())
                .as("the item is outside the domestic candidate's scoping")
                .isFalse();
        assertThat(abroadRow.get("cells").get(1).get("status").asString()).isEqualTo("PARTLY");
        JsonNode unanswered = row(items, domesticItems.get(2));
        assertThat(unanswered.get("cells").get(0).get("applies").asBoolean()).isTrue();
        assertThat(unanswered.get("cells").get(0).get("status").isNull()).isTrue();

        JsonNode gaps = api.get("/api/v1/initiatives/" + initiative + "/assessment?gapsOnly=true")
                .json()
                .get("items");
        assertThat(ids(gaps)).containsExactlyInAnyOrder(shared, onlyAbroad);
        String section = abroadRow.get("section").asString();
        JsonNode oneSection = api.get("/api/v1/initiatives/" + initiative + "/assessment?section=" + section)
                .json()
                .get("items");
        assertThat(oneSection).isNotEmpty();
        oneSection.forEach(item -> assertThat(item.get("section").asString()).isEqualTo(section));

        Response badSection = api.get("/api/v1/initiatives/" + initiative + "/assessment?section=NOWHERE");
        assertThat(badSection.status()).isEqualTo(400);
        assertThat(badSection.json().get("errors").get(0).get("field").asString())
                .isEqualTo("section");

        // the page: rows by section with every candidate's progress, each cell a link to the candidate's item
        PageClient page = new PageClient(port).signedInAs(officer.email(), IdentityFixtures.PASSWORD);
        HttpResponse<String> all = page.get("/initiatives/" + initiative + "/assessment");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body())
                .contains("id=\"assessment-matrix\"", "Domestic Mail", "Abroad Mail", "全候補の評価")
                .contains("href=\"/candidates/" + abroad + "/assessment#item-" + onlyAbroad + "\"")
                .doesNotContain("href=\"/candidates/" + domestic + "/assessment#item-" + onlyAbroad + "\"")
                .contains("data-item=\"" + domesticItems.get(2) + "\"");
        HttpResponse<String> filtered = page.get("/initiatives/" + initiative + "/assessment?gaps=true&section=");
        assertThat(filtered.body())
                .contains("data-item=\"" + shared + "\"", "data-item=\"" + onlyAbroad + "\"")
                .doesNotContain("data-item=\"" + domesticItems.get(2) + "\"");
    }

    @Test
    void everyoneInTheOrganisationReadsAndNobodyElse() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        UUID initiative = initiatives.initiative(officer.organizationId(), "Read by all");
        candidate(api, initiative, "Read Mail", List.of("JP"));
        String path = "/api/v1/initiatives/" + initiative + "/assessment";

        for (Role role : List.of(Role.AUDITOR, Role.BUSINESS_OWNER, Role.EXECUTIVE, Role.ADMIN)) {
            MekikiUser colleague = fixtures.user(officer.organizationId(), role);
            Response read = new BearerClient(url(""), fixtures.token(colleague)).get(path);
            assertThat(read.status()).as(role.name()).isEqualTo(200);
            assertThat(read.json().get("candidates")).hasSize(1);
        }

        MekikiUser stranger = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient foreign = new BearerClient(url(""), fixtures.token(stranger));
        assertThat(foreign.get(path).status())
                .as("another organisation's initiative")
                .isEqualTo(404);
        assertThat(foreign.get("/api/v1/initiatives/" + UUID.randomUUID() + "/assessment")
                        .status())
                .isEqualTo(404);
        assertThat(new PageClient(port)
                        .signedInAs(stranger.email(), IdentityFixtures.PASSWORD)
                        .get("/initiatives/" + initiative + "/assessment")
                        .statusCode())
                .isEqualTo(404);
        assertThat(new BearerClient(url(""), "not-a-token").get(path).status()).isEqualTo(401);
    }

    @Test
    void anInitiativeWithoutCandidatesShowsAnEmptyComparison() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID initiative = initiatives.initiative(officer.organizationId(), "Nobody yet");
        JsonNode matrix = new BearerClient(url(""), fixtures.token(officer))
                .get("/api/v1/initiatives/" + initiative + "/assessment")
                .json();
        assertThat(matrix.get("candidates")).isEmpty();
        assertThat(matrix.get("items")).isEmpty();
        HttpResponse<String> page = new PageClient(port)
                .signedInAs(officer.email(), IdentityFixtures.PASSWORD)
                .get("/initiatives/" + initiative + "/assessment");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"matrix-empty\"").doesNotContain("id=\"assessment-matrix\"");
    }

    private static JsonNode row(JsonNode items, String itemId) {
        for (JsonNode item : items) {
            if (item.get("itemId").asString().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError("no row for " + itemId);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("itemId").asString()));
        return ids;
    }

    private static List<String> itemIds(BearerClient api, String candidate) {
        return ids(api.get("/api/v1/assessments/" + candidate).json().get("items"));
    }

    private static void answer(BearerClient api, String candidate, String itemId, String status) {
        Response response = api.put(
                "/api/v1/assessments/" + candidate + "/answers/" + itemId,
                Map.of("status", status, "answer", "side by side"));
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
    }

    private static String candidate(BearerClient api, UUID initiative, String name, List<String> dataLocations) {
        String provider = created(api.post(
                "/api/v1/providers", Map.of("legalName", name + " K.K.", "headquartersCountry", dataLocations.get(0))));
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
        service.put("name", name);
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", dataLocations);
        service.put("operationLocations", dataLocations);
        String serviceId = created(api.post("/api/v1/services", service));
        return created(api.post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", serviceId)));
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
