package io.mekiki;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.BearerClient.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The work the selection gates rest on, done through the API by a risk officer, for tests about one part of it
 * that need the other parts done: every item of a candidate answered, the comparison criteria saved and every
 * column scored, a candidate chosen. Each step leaves what is already there as it is.
 */
public final class SelectionWork {

    private SelectionWork() {}

    /** Answers the candidate's unanswered items as met and confirms its derived answers that wait. */
    public static void answerTheRest(BearerClient officer, String candidateId) {
        String path = "/api/v1/assessments/" + candidateId;
        for (JsonNode item : officer.get(path).json().get("items")) {
            String itemId = item.get("itemId").asString();
            JsonNode answer = item.get("answer");
            Response done;
            if (answer == null || answer.isNull()) {
                done = officer.put(path + "/answers/" + itemId, Map.of("status", "MEETS", "answer", "契約書で確認"));
            } else if (answer.get("waitingForConfirmation").asBoolean()
                    || (answer.get("review") != null && !answer.get("review").isNull())) {
                done = officer.post(
                        path + "/answers/" + itemId + "/confirmation",
                        Map.of("version", answer.get("version").asLong()));
            } else {
                continue;
            }
            assertThat(done.status()).as(itemId + ": " + done.json()).isEqualTo(200);
        }
    }

    /** Saves the starting set of criteria when none is saved, and scores every column on every criterion. */
    public static void compareEveryColumn(BearerClient officer, String initiativeId, int score) {
        String comparison = "/api/v1/initiatives/" + initiativeId + "/comparison";
        JsonNode read = officer.get(comparison).json();
        JsonNode criteria = read.get("criteria").get("criteria");
        if (criteria.isEmpty()) {
            List<Map<String, Object>> starter = new ArrayList<>();
            for (JsonNode criterion :
                    officer.get(comparison + "/criteria/starter").json()) {
                Map<String, Object> input = new HashMap<>();
                input.put("name", criterion.get("name").asString());
                input.put("group", criterion.get("group").asString());
                input.put("weight", criterion.get("weight").asInt());
                input.put("scaleMin", criterion.get("scaleMin").asInt());
                input.put("scaleMax", criterion.get("scaleMax").asInt());
                starter.add(input);
            }
            Response saved = officer.put(comparison + "/criteria", Map.of("version", 0, "criteria", starter));
            assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
            criteria = saved.json().get("criteria");
            read = officer.get(comparison).json();
        }
        for (JsonNode column : read.get("columns")) {
            for (JsonNode criterion : criteria) {
                Response scored = officer.put(
                        comparison + "/columns/" + column.get("key").asString() + "/scores/"
                                + criterion.get("id").asString(),
                        Map.of("score", score));
                assertThat(scored.status()).as(scored.json().toString()).isEqualTo(200);
            }
        }
    }

    /** Chooses the candidate as the one the initiative proposes to select. */
    public static void choose(BearerClient officer, String initiativeId, String candidateId) {
        Response chosen = officer.put(
                "/api/v1/initiatives/" + initiativeId + "/chosen-candidate", Map.of("candidateId", candidateId));
        assertThat(chosen.status()).as(chosen.json().toString()).isEqualTo(200);
    }
}
