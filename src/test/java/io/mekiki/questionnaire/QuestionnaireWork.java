package io.mekiki.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** An initiative in selection with one candidate whose provider has a contact, done through the API. */
final class QuestionnaireWork {

    private QuestionnaireWork() {}

    record Candidate(String initiativeId, String candidateId, String providerId, String contactId) {}

    static Candidate candidate(ContractWork.Team team, String title) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", title);
        plan.put("businessOwnerId", team.businessOwnerId().toString());
        plan.put("purpose", "紙の処理をなくす");
        plan.put("benefits", "処理時間の短縮");
        plan.put("assetIds", List.of());
        plan.put("serviceModel", "SAAS");
        plan.put("deployment", "PUBLIC");
        plan.put("dataLocations", List.of("JP"));
        Response created = team.officer().post("/api/v1/initiatives", plan);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String initiativeId = created.json().get("id").asString();
        for (String gate : List.of(
                "PREPARATION_SURVEY_REVIEWED",
                "PREPARATION_PURPOSE_APPROVED",
                "PREPARATION_CRITERIA_APPROVED",
                "PREPARATION_POLICIES_REVIEWED")) {
            ContractWork.approve(team, initiativeId, gate);
        }
        ContractWork.move(team, initiativeId, "SELECTION");
        String provider = provider(team.officer(), title + " クラウド株式会社");
        String service = team.officer()
                .post(
                        "/api/v1/services",
                        Map.of("providerId", provider, "name", title + " クラウド", "serviceModel", "SAAS"))
                .json()
                .get("id")
                .asString();
        Response candidate = team.officer()
                .post("/api/v1/initiatives/" + initiativeId + "/candidates", Map.of("serviceId", service));
        assertThat(candidate.status()).as(candidate.json().toString()).isEqualTo(201);
        return new Candidate(
                initiativeId,
                candidate.json().get("id").asString(),
                provider,
                contact(team.officer(), provider, "佐藤 花子", "hanako@provider.example"));
    }

    static String provider(BearerClient officer, String name) {
        Response created = officer.post("/api/v1/providers", Map.of("legalName", name, "headquartersCountry", "JP"));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    static String contact(BearerClient officer, String providerId, String name, String email) {
        Response created = officer.post(
                "/api/v1/providers/" + providerId + "/contacts", Map.of("name", name, "email", email, "role", "営業"));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The first {@code count} items of the candidate's assessment without an answer. */
    static List<String> unanswered(BearerClient officer, String candidateId, int count) {
        List<String> items = new ArrayList<>();
        for (JsonNode item :
                officer.get("/api/v1/assessments/" + candidateId).json().get("items")) {
            if ((item.get("answer") == null || item.get("answer").isNull()) && items.size() < count) {
                items.add(item.get("itemId").asString());
            }
        }
        assertThat(items).hasSize(count);
        return items;
    }
}
