package io.mekiki.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import io.mekiki.SelectionWork;
import io.mekiki.audit.AuditLedger;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What attestation reports cover and expect, through the API; notices before the end; lapses and their effects. */
class AttestationsIT extends ApplicationTest {

    private static final List<String> PREPARATION_GATES = List.of(
            "PREPARATION_SURVEY_REVIEWED",
            "PREPARATION_PURPOSE_APPROVED",
            "PREPARATION_CRITERIA_APPROVED",
            "PREPARATION_POLICIES_REVIEWED");

    private final IdentityFixtures fixtures;
    private final Attestations attestations;
    private final JdbcClient jdbc;
    private final AuditLedger ledger;
    private final ProviderRegister register;

    @Autowired
    AttestationsIT(
            IdentityFixtures fixtures,
            Attestations attestations,
            JdbcClient jdbc,
            AuditLedger ledger,
            ProviderRegister register) {
        this.register = register;
        this.fixtures = fixtures;
        this.attestations = attestations;
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Test
    void aSoc2ReportWithAGapClosedByABridgeLetterItsExceptionAndItsUserEntityControls() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);
        BearerClient api = client(officer);
        String provider = created(
                api.post("/api/v1/providers", Map.of("legalName", "Bridge Cloud", "headquartersCountry", "US")));
        String service = created(api.post(
                "/api/v1/services", Map.of("providerId", provider, "name", "Bridge HR", "serviceModel", "SAAS")));
        String report = created(api.post(
                "/api/v1/providers/" + provider + "/attestations",
                Map.of("kind", "SOC2_TYPE2", "periodStart", "2025-11-01", "periodEnd", "2026-10-31")));
        String one = "/api/v1/providers/" + provider + "/attestations/" + report;
        String coverage = "/api/v1/providers/" + provider + "/attestations/coverage?from=2026-01-01&to=2026-12-31";

        JsonNode before = api.get(coverage).json();
        JsonNode soc2 = before.get("kinds").get(0);
        assertThat(soc2.get("kind").asString()).isEqualTo("SOC2_TYPE2");
        assertThat(soc2.get("covered").get(0).get("first").asString()).isEqualTo("2026-01");
        assertThat(soc2.get("covered").get(0).get("last").asString()).isEqualTo("2026-10");
        JsonNode gap = soc2.get("gaps").get(0);
        assertThat(gap.get("months").get("first").asString()).isEqualTo("2026-11");
        assertThat(gap.get("months").get("last").asString()).isEqualTo("2026-12");
        assertThat(gap.get("open")).hasSize(1);

        // without a period: the twelve months that end today; with only its start: the twelve months from it
        JsonNode lastTwelveMonths = api.get("/api/v1/providers/" + provider + "/attestations/coverage")
                .json();
        LocalDate asOf = LocalDate.parse(lastTwelveMonths.get("asOf").asString());
        assertThat(lastTwelveMonths.get("to").asString()).isEqualTo(asOf.toString());
        assertThat(lastTwelveMonths.get("from").asString())
                .isEqualTo(asOf.minusYears(1).plusDays(1).toString());
        JsonNode fromJanuary = api.get("/api/v1/providers/" + provider + "/attestations/coverage?from=2026-01-01")
                .json();
        assertThat(fromJanuary.get("to").asString()).isEqualTo("2026-12-31");

        // the scope names the service and the report's date
        Response scoped = api.put(one + "/scope", Map.of("reportDate", "2026-12-10", "serviceIds", List.of(service)));
        assertThat(scoped.status()).as(scoped.json().toString()).isEqualTo(200);
        assertThat(scoped.json().get("serviceIds").get(0).asString()).isEqualTo(service);

        // a bridge letter carries the report to the end of the year
        Response early = api.post(one + "/bridge-letters", Map.of("coversUntil", "2026-10-31"));
        assertRefused(early, "coversUntil");
        Response letter =
                api.post(one + "/bridge-letters", Map.of("coversUntil", "2026-12-31", "issuedOn", "2026-11-15"));
        assertThat(letter.status()).as(letter.json().toString()).isEqualTo(201);
        assertThat(letter.json().get("coversFrom").asString()).isEqualTo("2026-11-01");

        // one exception, with our response; two controls expected from us, one mapped to a person, one to nothing
        Response exception = api.post(
                one + "/exceptions",
                Map.of(
                        "control", "CC6.2",
                        "description", "退職者のアカウント1件が30日間削除されていなかった",
                        "response", "当社側でも四半期ごとにアカウントを棚卸しする"));
        assertThat(exception.status()).as(exception.json().toString()).isEqualTo(201);
        assertRefused(api.post(one + "/exceptions", Map.of("control", "CC6.2", "description", " ")), "description");
        Response mapped = api.post(
                one + "/user-entity-controls",
                Map.of(
                        "control",
                        "利用者のアクセス権を定期的に見直す",
                        "personId",
                        officer.userId().toString()));
        assertThat(mapped.status()).as(mapped.json().toString()).isEqualTo(201);
        Response unmapped = api.post(one + "/user-entity-controls", Map.of("control", "多要素認証を有効にする"));
        assertThat(unmapped.status()).isEqualTo(201);
        assertRefused(
                api.post(
                        one + "/user-entity-controls",
                        Map.of("control", "x", "personId", UUID.randomUUID().toString())),
                "personId");

        JsonNode after =
                api.get(coverage + "&serviceId=" + service).json().get("kinds").get(0);
        JsonNode closed = after.get("gaps").get(0);
        assertThat(closed.get("open")).isEmpty();
        assertThat(closed.get("bridged").get(0).get("first").asString()).isEqualTo("2026-11");
        assertThat(closed.get("bridgeLetterIds").get(0).asString())
                .isEqualTo(letter.json().get("id").asString());
        assertThat(after.get("exceptions")).hasSize(1);
        assertThat(after.get("exceptions").get(0).get("response").asString()).contains("棚卸し");
        assertThat(after.get("userEntityControls")).hasSize(2);

        // the control gets its owner: a named control of ours
        String unmappedPath =
                one + "/user-entity-controls/" + unmapped.json().get("id").asString();
        Response revised = api.put(unmappedPath, Map.of("control", "多要素認証を有効にする", "ourControl", "ID管理規程 5.2"));
        assertThat(revised.status()).as(revised.json().toString()).isEqualTo(200);
        JsonNode parts = api.get(one + "/parts").json();
        assertThat(parts.get("reportDate").asString()).isEqualTo("2026-12-10");
        assertThat(parts.get("userEntityControls").findValuesAsString("ourControl"))
                .contains("ID管理規程 5.2");

        // another service is outside the report's scope
        String other = created(api.post(
                "/api/v1/services", Map.of("providerId", provider, "name", "Bridge Mail", "serviceModel", "SAAS")));
        assertThat(api.get(coverage + "&serviceId=" + other).json().get("kinds"))
                .isEmpty();

        // refusals: role, organisation, period, a service of another provider
        assertThat(client(auditor)
                        .post(one + "/exceptions", Map.of("control", "a", "description", "b"))
                        .status())
                .isEqualTo(403);
        BearerClient stranger = client(fixtures.userInNewOrganization(Role.RISK_OFFICER));
        assertThat(stranger.get(one + "/parts").status()).isEqualTo(404);
        assertThat(stranger.get(coverage).status()).isEqualTo(404);
        assertThat(stranger.send(HttpMethod.DELETE, unmappedPath, null).status())
                .isEqualTo(404);
        assertRefused(
                api.get("/api/v1/providers/" + provider + "/attestations/coverage?from=2026-12-31&to=2026-01-01"),
                "to");
        String otherProvider =
                created(api.post("/api/v1/providers", Map.of("legalName", "Other Cloud", "headquartersCountry", "JP")));
        String foreign = created(api.post(
                "/api/v1/services", Map.of("providerId", otherProvider, "name", "Other Mail", "serviceModel", "SAAS")));
        assertRefused(api.put(one + "/scope", Map.of("serviceIds", List.of(foreign))), "serviceIds[0]");
        assertThat(api.get(one + "/parts").json().get("serviceIds").get(0).asString())
                .as("a refused change changes nothing")
                .isEqualTo(service);

        // removal, and every change in the ledger
        assertThat(api.send(HttpMethod.DELETE, unmappedPath, null).status()).isEqualTo(204);
        assertThat(api.get(one + "/parts").json().get("userEntityControls")).hasSize(1);
        assertThat(ledger.actions(officer.organizationId()))
                .contains(
                        "provider.attestation.scopeSet",
                        "provider.attestation.bridgeLetterAdded",
                        "provider.attestation.exceptionNoted",
                        "provider.attestation.userEntityControlAdded",
                        "provider.attestation.userEntityControlRevised",
                        "provider.attestation.userEntityControlRemoved");
    }

    @Test
    void noticesComeAtTheOffsetsTheOrganisationSetsAndNoneAfterTheEnd() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = client(officer);
        assertThat(api.get("/api/v1/attestations/notice-offsets")
                        .json()
                        .get("offsets")
                        .toString())
                .isEqualTo("[90,30,7]");
        assertRefused(api.put("/api/v1/attestations/notice-offsets", Map.of("offsets", List.of(30, 0))), "offsets[1]");
        assertRefused(api.put("/api/v1/attestations/notice-offsets", Map.of("days", List.of(30))), "offsets");
        Response set = api.put("/api/v1/attestations/notice-offsets", Map.of("offsets", List.of(14, 60, 14)));
        assertThat(set.status()).as(set.json().toString()).isEqualTo(200);
        assertThat(set.json().get("offsets").toString()).isEqualTo("[60,14]");
        assertThat(client(fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER))
                        .put("/api/v1/attestations/notice-offsets", Map.of("offsets", List.of(1)))
                        .status())
                .isEqualTo(403);

        String provider = created(
                api.post("/api/v1/providers", Map.of("legalName", "Notice Cloud", "headquartersCountry", "JP")));
        LocalDate end = LocalDate.of(2027, 3, 31);
        String iso = created(api.post(
                "/api/v1/providers/" + provider + "/attestations",
                Map.of("kind", "ISO_27001", "periodStart", "2024-04-01", "periodEnd", end.toString())));
        assertThat(attestations.noticesDue(officer.organizationId(), end.minusDays(60)))
                .extracting(AttestationNotice::attestationId, AttestationNotice::daysBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UUID.fromString(iso), 60));
        assertThat(attestations.noticesDue(officer.organizationId(), end.minusDays(30)))
                .isEmpty();
        assertThat(attestations.noticesDue(officer.organizationId(), end.minusDays(14)))
                .hasSize(1);
        assertThat(attestations.noticesDue(officer.organizationId(), end.plusDays(46)))
                .as("none after the end")
                .isEmpty();
        assertThat(attestations.noticesDue(fixtures.organization(), end.minusDays(60)))
                .isEmpty();
    }

    @Test
    void aLapsedReportReturnsTheAnswersOnItToReviewAndStalesTheDecisionsThatRestedOnThem() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        BearerClient api = client(officer);
        ContractWork.Team team = new ContractWork.Team(api, client(executive), officer.userId(), owner.userId());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", "人事クラウド");
        plan.put("businessOwnerId", owner.userId().toString());
        plan.put("purpose", "紙の処理をなくす");
        plan.put("benefits", "処理時間の短縮");
        plan.put("assetIds", List.of());
        plan.put("serviceModel", "SAAS");
        plan.put("deployment", "PUBLIC");
        plan.put("dataLocations", List.of("JP"));
        String initiative = created(api.post("/api/v1/initiatives", plan));
        PREPARATION_GATES.forEach(gate -> ContractWork.approve(team, initiative, gate));
        ContractWork.move(team, initiative, "SELECTION");
        String provider =
                created(api.post("/api/v1/providers", Map.of("legalName", "Lapse Cloud", "headquartersCountry", "JP")));
        LocalDate today = register.today(officer.organizationId());
        for (String kind : List.of("SOC2_TYPE2", "ISMAP", "CSA_STAR")) {
            created(api.post(
                    "/api/v1/providers/" + provider + "/attestations",
                    Map.of(
                            "kind", kind,
                            "periodStart", today.minusYears(1).toString(),
                            "periodEnd", today.plusDays(100).toString())));
        }
        Map<String, Object> serviceBody = new HashMap<>();
        serviceBody.put("providerId", provider);
        serviceBody.put("name", "Lapse HR");
        serviceBody.put("serviceModel", "SAAS");
        serviceBody.put("dataLocations", List.of("JP"));
        serviceBody.put("operationLocations", List.of("JP"));
        String service = created(api.post("/api/v1/services", serviceBody));
        String candidate =
                created(api.post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", service)));
        String assessment = "/api/v1/assessments/" + candidate;
        waitFor(api, assessment, json -> !derivedOnAttestations(json).isEmpty());
        SelectionWork.answerTheRest(api, candidate);
        List<String> resting = derivedOnAttestations(api.get(assessment).json());
        assertThat(resting).as("answers derived from the reports, confirmed").isNotEmpty();
        SelectionWork.choose(api, initiative, candidate);
        SelectionWork.compareEveryColumn(api, initiative, 3);
        ContractWork.approve(team, initiative, "SELECTION_ADOPTION_DECIDED");
        String decision = ContractWork.approve(team, initiative, "SELECTION_PROVIDER_SELECTED");
        assertThat(api.get("/api/v1/decisions/" + decision).json().get("stale").asBoolean())
                .isFalse();
        assertThat(attestations.tellLapses(officer.organizationId()))
                .as("nothing has ended")
                .isZero();

        // time passes: the reports' periods ended yesterday
        jdbc.sql("update provider_attestation set period_start = ?, period_end = ? where provider_id = ?")
                .params(Date.valueOf(today.minusYears(1)), Date.valueOf(today.minusDays(1)), UUID.fromString(provider))
                .update();
        assertThat(attestations.tellLapses(officer.organizationId())).isEqualTo(3);
        assertThat(attestations.tellLapses(officer.organizationId()))
                .as("told once")
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where organization_id = ? and action = ?")
                        .params(officer.organizationId(), "provider.attestation.lapsed")
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);

        JsonNode reviewed = waitFor(
                api,
                assessment,
                json -> resting.stream()
                        .allMatch(itemId -> !answer(json, itemId).path("review").isNull()
                                && !answer(json, itemId).path("review").isMissingNode()));
        // a registration that ran out no longer meets; a report past its period is read again as such
        assertThat(answer(reviewed, "AS-ISMAP-01")
                        .get("review")
                        .get("statusNow")
                        .asString())
                .isNotEqualTo("MEETS");
        assertThat(answer(reviewed, "AS-STAR-01").get("review").get("statusNow").asString())
                .isNotEqualTo("MEETS");
        JsonNode stale = waitFor(
                api, "/api/v1/decisions/" + decision, json -> json.get("stale").asBoolean());
        assertThat(stale.get("stale").asBoolean()).isTrue();
    }

    private static List<String> derivedOnAttestations(JsonNode assessment) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : assessment.get("items")) {
            JsonNode answer = item.get("answer");
            if (answer != null
                    && !answer.isNull()
                    && "DERIVED".equals(answer.path("source").asString(""))) {
                String fact = answer.path("derivation").path("fact").asString("");
                if (List.of("soc2Type2", "ismap", "csaStar").contains(fact)) {
                    items.add(item.get("itemId").asString());
                }
            }
        }
        return items;
    }

    private static JsonNode answer(JsonNode assessment, String itemId) {
        for (JsonNode item : assessment.get("items")) {
            if (item.get("itemId").asString().equals(itemId)) {
                return item.get("answer");
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        assertThat(response.errorFields()).contains(field);
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
