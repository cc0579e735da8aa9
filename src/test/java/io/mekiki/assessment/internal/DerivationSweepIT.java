package io.mekiki.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.shared.OrganizationTime;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Attestations that run out turn the answers derived from them at the next sweep (ADR 029). */
class DerivationSweepIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final JdbcClient jdbc;
    private final DerivationSweep sweep;

    @Autowired
    DerivationSweepIT(
            IdentityFixtures fixtures, InitiativeFixtures initiatives, JdbcClient jdbc, DerivationSweep sweep) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.jdbc = jdbc;
        this.sweep = sweep;
    }

    @Test
    void anAttestationThatRanOutTurnsItsUnconfirmedAnswerAndMarksTheConfirmedOneForReview() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String initiative = initiatives.initiative(officer.organizationId()).toString();
        String provider = created(
                api.post("/api/v1/providers", Map.of("legalName", "Sweep Cloud K.K.", "headquartersCountry", "JP")));
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
        service.put("name", "Sweep Mail");
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", List.of("JP"));
        service.put("operationLocations", List.of("JP"));
        String serviceId = created(api.post("/api/v1/services", service));
        String candidate =
                created(api.post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", serviceId)));
        LocalDate today = LocalDate.now(OrganizationTime.DEFAULT_ZONE);
        for (String kind : List.of("ISMAP", "CSA_STAR")) {
            created(api.post(
                    "/api/v1/providers/" + provider + "/attestations",
                    Map.of(
                            "kind",
                            kind,
                            "periodStart",
                            today.minusYears(1).toString(),
                            "periodEnd",
                            today.plusDays(200).toString())));
        }
        String path = "/api/v1/assessments/" + candidate;
        JsonNode derived =
                waitFor(api, path, json -> answer(json, "AS-ISMAP-01") != null && answer(json, "AS-STAR-01") != null);
        assertThat(answer(derived, "AS-ISMAP-01").get("status").asString()).isEqualTo("MEETS");
        Response confirmed = api.post(path + "/answers/AS-STAR-01/confirmation", Map.of());
        assertThat(confirmed.status()).as(confirmed.json().toString()).isEqualTo(200);

        // time passes: both periods have ended, and nothing was told
        jdbc.sql("update provider_attestation set period_start = ?, period_end = ? where provider_id = ?")
                .params(Date.valueOf(today.minusYears(2)), Date.valueOf(today.minusDays(1)), UUID.fromString(provider))
                .update();
        assertThat(answer(api.get(path).json(), "AS-ISMAP-01").get("status").asString())
                .as("nothing changes until the sweep")
                .isEqualTo("MEETS");
        assertThat(sweep.sweep()).isPositive();

        JsonNode after = api.get(path).json();
        JsonNode ismap = answer(after, "AS-ISMAP-01");
        assertThat(ismap.get("status").asString()).isEqualTo("DOES_NOT_MEET");
        assertThat(ismap.get("derivation").get("value").asString()).contains("EXPIRED");
        JsonNode iso = answer(after, "AS-STAR-01");
        assertThat(iso.get("status").asString()).isEqualTo("MEETS");
        assertThat(iso.get("review").get("statusNow").asString()).isEqualTo("DOES_NOT_MEET");
        assertThat(iso.get("review").get("fact").asString()).isEqualTo("csaStar");
        int version = ismap.get("version").asInt();
        sweep.sweep();
        assertThat(answer(api.get(path).json(), "AS-ISMAP-01").get("version").asInt())
                .as("a second sweep writes nothing")
                .isEqualTo(version);
    }

    private static JsonNode answer(JsonNode assessment, String itemId) {
        for (JsonNode item : assessment.get("items")) {
            if (item.get("itemId").asString().equals(itemId)
                    && !item.get("answer").isNull()) {
                return item.get("answer");
            }
        }
        return null;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static JsonNode waitFor(BearerClient api, String path, Predicate<JsonNode> done) {
        JsonNode last = null;
        for (int i = 0; i < 100; i++) {
            last = api.get(path).json();
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
}
