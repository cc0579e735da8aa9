package io.mekiki;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.BearerClient.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An initiative taken from operation to its exit through the API (i13-exit): into continuation or termination, the
 * decision to end approved and the termination branch taken (the exit starts by itself from the contract's exit
 * terms); and the exit's work done: every data set returned and checked complete, the deletion evidenced by an
 * assessed alternative. Every step asserts that it was accepted.
 */
public final class ExitWork {

    private ExitWork() {}

    /** Moves the initiative in operation to continuation, approves the decision to end, takes the branch; the exit. */
    public static JsonNode terminate(ContractWork.Team team, String initiativeId) {
        ContractWork.move(team, initiativeId, "CONTINUATION_TERMINATION");
        ContractWork.approve(team, initiativeId, "CONTINUATION_DECIDED");
        Response terminated =
                team.executive().post("/api/v1/initiatives/" + initiativeId + "/phase", Map.of("branch", "TERMINATE"));
        assertThat(terminated.status()).as(terminated.json().toString()).isEqualTo(200);
        return exitOf(team.officer(), initiativeId);
    }

    /** The exit of the initiative. */
    public static JsonNode exitOf(BearerClient reader, String initiativeId) {
        for (JsonNode exit : reader.get("/api/v1/exits").json().get("items")) {
            if (exit.get("initiativeId").asString().equals(initiativeId)) {
                return exit;
            }
        }
        throw new AssertionError("no exit for " + initiativeId);
    }

    /** Every data set returned and checked complete, and the deletion evidenced by an assessed alternative. */
    public static void complete(BearerClient officer, String exitId) {
        JsonNode exit = officer.get("/api/v1/exits/" + exitId).json();
        for (JsonNode set : exit.get("dataSets")) {
            if ("COMPLETE".equals(set.get("state").asString())) {
                continue;
            }
            Response returned = officer.post("/api/v1/exits/" + exitId + "/data-returns", completeReturn(set));
            assertThat(returned.status()).as(returned.json().toString()).isEqualTo(201);
        }
        Response evidenced = officer.post("/api/v1/exits/" + exitId + "/deletion-evidence", alternative());
        assertThat(evidenced.status()).as(evidenced.json().toString()).isEqualTo(201);
    }

    /** A complete return of the data set: 1,200 records of 1,200 expected, with a checksum. */
    public static Map<String, Object> completeReturn(JsonNode set) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dataSetId", set.get("id").asString());
        body.put("receivedOn", LocalDate.now().minusDays(1).toString());
        body.put("sizeBytes", 52_428_800);
        body.put("recordCount", 1200);
        body.put("expectedCount", 1200);
        body.put("checksum", "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        body.put("expected", "件数は移行前に台帳で数えた値");
        body.put("complete", true);
        return body;
    }

    /** An alternative deletion evidence with its assessment. */
    public static Map<String, Object> alternative() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "ALTERNATIVE");
        body.put("writtenConfirmation", "クラウド事業者の書面（2026-11-30付）で全データの消去を確認");
        body.put("accountClosure", "管理画面で契約アカウントを閉鎖し、ログイン不可を確認");
        body.put("publishedProcess", "公開されているデータ消去手順（90日以内にバックアップから消去）");
        body.put("assessment", "書面の確認、アカウント閉鎖、公開された手順の三点で、消去証明書に代わる確からしさがある");
        return body;
    }
}
