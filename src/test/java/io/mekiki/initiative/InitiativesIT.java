package io.mekiki.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Initiatives through the API, with the real decision module behind the gates. */
class InitiativesIT extends ApplicationTest {

    private static final List<String> PREPARATION_GATES = List.of(
            "PREPARATION_SURVEY_REVIEWED",
            "PREPARATION_PURPOSE_APPROVED",
            "PREPARATION_CRITERIA_APPROVED",
            "PREPARATION_POLICIES_REVIEWED");

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Initiatives initiatives;

    @Autowired
    InitiativesIT(
            IdentityFixtures fixtures,
            AuditLedger ledger,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            Initiatives initiatives) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.fixtures = fixtures;
        this.ledger = ledger;
    }

    @Test
    void anInitiativeKeepsItsScopingWithTheCatalogueReleaseItWasComputedWith() {
        Team team = team();
        String customers = team.asset("顧客台帳", "PERSONAL_DATA");

        Response created = team.officer.post("/api/v1/initiatives", plan(team, "CRMのSaaS化", List.of(customers)));

        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/v1/initiatives/" + id);
        assertThat(created.json().get("phase").asString()).isEqualTo("PREPARATION");
        assertThat(created.json().get("scopingRelease").asString()).isEqualTo("2026.2");
        assertThat(created.json().get("businessOwnerName").asString()).isEqualTo(team.ownerUser.displayName());
        // no provider chosen yet: under rule set 2 (release 2026.2) an unknown provider country may be foreign
        assertThat(texts(created.json().get("applicableSections")))
                .contains("LIFECYCLE", "PERSONAL_DATA", "OVERSEAS")
                .doesNotContain("TRADE_SECRET");

        JsonNode scoping =
                team.officer.get("/api/v1/initiatives/" + id + "/scoping").json();
        assertThat(scoping.get("current").get("release").asString()).isEqualTo("2026.2");
        List<String> sections = new ArrayList<>();
        scoping.get("current")
                .get("sections")
                .forEach(section -> sections.add(section.get("section").asString()));
        assertThat(sections).contains("PERSONAL_DATA").doesNotContain("TRADE_SECRET");
        assertThat(scoping.get("current").get("items").size()).isGreaterThan(10);
        JsonNode personalData = find(scoping.get("current").get("sections"), "section", "PERSONAL_DATA");
        assertThat(personalData.get("reasons").get(0).get("code").asString()).isEqualTo("assetHolds");
        assertThat(personalData.get("reasons").get(0).get("text").asString()).contains("顧客台帳");
        assertThat(scoping.get("history").size()).isEqualTo(1);
        assertThat(scoping.get("history").get(0).get("first").asBoolean()).isTrue();

        assertThat(team.auditor
                        .get("/api/v1/initiatives?section=PERSONAL_DATA")
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(team.auditor
                        .get("/api/v1/initiatives?section=TRADE_SECRET")
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(actions(team, id)).containsExactly("initiative.initiative.created");
    }

    @Test
    void aTradeSecretAssetChangesTheScopingOpensItsGateAndMakesEarlierApprovalsStale() {
        Team team = team();
        String customers = team.asset("顧客台帳", "PERSONAL_DATA");
        String drawings = team.asset("設計図面", "TRADE_SECRET");
        String id = team.initiative(plan(team, "設計データの共有", List.of(customers)));
        team.approve(id, "PREPARATION_PURPOSE_APPROVED");
        String approval = team.approve(id, "PREPARATION_POLICIES_REVIEWED");
        JsonNode before = gates(team, id);
        assertThat(state(before, "PREPARATION_PURPOSE_APPROVED")).isEqualTo("APPROVED");
        assertThat(state(before, "PREPARATION_POLICIES_REVIEWED")).isEqualTo("APPROVED");
        assertThat(gateCodes(before)).doesNotContain("PREPARATION_TRADE_SECRET_DECIDED");

        Map<String, Object> revision = plan(team, "設計データの共有", List.of(customers, drawings));
        revision.put("version", 0);
        Response revised = team.officer.put("/api/v1/initiatives/" + id, revision);

        assertThat(revised.status()).as(revised.json().toString()).isEqualTo(200);
        assertThat(texts(revised.json().get("applicableSections"))).contains("TRADE_SECRET");
        JsonNode history = team.officer
                .get("/api/v1/initiatives/" + id + "/scoping")
                .json()
                .get("history");
        assertThat(history.size()).isEqualTo(2);
        JsonNode change = history.get(0);
        assertThat(texts(change.get("planChanges"))).containsExactly("assetIds");
        assertThat(change.get("sectionsAdded").get(0).get("section").asString()).isEqualTo("TRADE_SECRET");
        assertThat(change.get("sectionsAdded")
                        .get(0)
                        .get("reasons")
                        .get(0)
                        .get("text")
                        .asString())
                .contains("設計図面");
        assertThat(change.get("itemsAdded").size()).isPositive();
        change.get("itemsAdded")
                .forEach(item -> assertThat(item.get("section").asString()).isEqualTo("TRADE_SECRET"));
        assertThat(change.get("sectionsRemoved").size()).isZero();

        JsonNode after = gates(team, id);
        assertThat(state(after, "PREPARATION_TRADE_SECRET_DECIDED")).isEqualTo("OPEN");
        // the policy review rests on the assets and the scoping, the purpose on the plan alone
        assertThat(state(after, "PREPARATION_POLICIES_REVIEWED")).isEqualTo("STALE");
        assertThat(state(after, "PREPARATION_PURPOSE_APPROVED")).isEqualTo("APPROVED");
        assertThat(find(after.get("gates"), "gate", "PREPARATION_POLICIES_REVIEWED")
                        .get("nextActor")
                        .asString())
                .as("the report is accepted already: a new decision can be asked for")
                .isEqualTo("REQUESTER");
        JsonNode decision = team.executive.get("/api/v1/decisions/" + approval).json();
        assertThat(decision.get("stale").asBoolean()).isTrue();
        assertThat(find(after.get("moves"), "move", "NEXT").get("openGates").toString())
                .contains("PREPARATION_TRADE_SECRET_DECIDED", "PREPARATION_POLICIES_REVIEWED")
                .doesNotContain("PREPARATION_PURPOSE_APPROVED");

        team.approve(id, "PREPARATION_POLICIES_REVIEWED");
        assertThat(state(gates(team, id), "PREPARATION_POLICIES_REVIEWED"))
                .as("a new decision on the current basis")
                .isEqualTo("APPROVED");
    }

    @Test
    void changingWhatAnAssetHoldsRescopesTheInitiativesThatHoldIt() {
        Team team = team();
        String drawings = team.asset("設計図面", "OTHER");
        String id = team.initiative(plan(team, "図面管理", List.of(drawings)));
        String approval = team.approve(id, "PREPARATION_SURVEY_REVIEWED");

        Response revised = team.officer.put(
                "/api/v1/assets/" + drawings,
                Map.of(
                        "name", "設計図面",
                        "categories", List.of("TRADE_SECRET"),
                        "assetValue", "HIGH",
                        "riskTolerance", "LOW",
                        "version", 0));
        assertThat(revised.status()).as(revised.json().toString()).isEqualTo(200);

        JsonNode history = team.officer
                .get("/api/v1/initiatives/" + id + "/scoping")
                .json()
                .get("history");
        assertThat(texts(history.get(0).get("planChanges"))).containsExactly("assetCategories");
        assertThat(history.get(0).get("sectionsAdded").get(0).get("section").asString())
                .isEqualTo("TRADE_SECRET");
        assertThat(state(gates(team, id), "PREPARATION_SURVEY_REVIEWED")).isEqualTo("STALE");
        assertThat(team.executive
                        .get("/api/v1/decisions/" + approval)
                        .json()
                        .get("stale")
                        .asBoolean())
                .isTrue();
        assertThat(actions(team, id)).contains("initiative.scoping.recomputed");
    }

    @Test
    void aGateListsItsConditionsWithWhoActsNextAndItsDecisionIsRefusedWith409UntilTheyAreMet() {
        Team team = team();
        String id = team.initiative(plan(team, "文書管理SaaS", List.of()));
        String survey = "PREPARATION_SURVEY_REVIEWED";

        JsonNode gates = gates(team, id);
        JsonNode condition = onlyCondition(gates, survey);
        assertThat(condition.get("code").asString()).isEqualTo("REPORT_ACCEPTED");
        assertThat(condition.get("label").asString()).contains("事前調査", "受理");
        assertThat(condition.get("met").asBoolean()).isFalse();
        assertThat(condition.get("who").asString()).isEqualTo("経営層：指示を出す");
        JsonNode surveyGate = find(gates.get("gates"), "gate", survey);
        assertThat(surveyGate.get("conditionsMet").asBoolean()).isFalse();
        assertThat(surveyGate.get("nextActor").asString()).isEqualTo("CONDITIONS");
        assertThat(find(gates.get("gates"), "gate", "CONTINUATION_SUPERVISION_APPROVED")
                        .get("conditions")
                        .size())
                .as("later gates get their conditions from the modules that own the work")
                .isZero();
        assertThat(onlyCondition(gates, "APPLICATION_TERMS_APPROVED")
                        .get("code")
                        .asString())
                .as("the contract module's")
                .isEqualTo("CONTRACT_RECORDED");

        Response refused = team.officer.post("/api/v1/decisions", requestOn(id, survey));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("decision.error.conditionsUnmet");
        assertThat(refused.json().get("unmetConditions").get(0).get("code").asString())
                .isEqualTo("REPORT_ACCEPTED");
        assertThat(refused.json().get("detail").asString())
                .contains(condition.get("label").asString());
        assertThat(team.executive.get("/api/v1/decisions").json().get("items").toString())
                .doesNotContain(id);

        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("subjectType", "INITIATIVE");
        issue.put("subjectId", id);
        issue.put("phase", "PREPARATION");
        issue.put("gateTopic", survey);
        issue.put("title", "預ける情報の価値とリスク許容度の調査");
        issue.put("assignee", team.officerUser().userId().toString());
        issue.put("dueDate", java.time.LocalDate.now().plusDays(14).toString());
        String instruction = team.executive
                .post("/api/v1/instructions", issue)
                .json()
                .get("id")
                .asString();
        assertThat(onlyCondition(gates(team, id), survey).get("who").asString())
                .isEqualTo("担当者（" + team.officerUser().displayName() + "）：報告する");

        team.officer.post("/api/v1/instructions/" + instruction + "/reports", Map.of("text", "調査した。"));
        assertThat(onlyCondition(gates(team, id), survey).get("who").asString())
                .isEqualTo("経営層（" + team.executiveUser().displayName() + "）：報告を確認して受理する");
        assertThat(team.officer.post("/api/v1/decisions", requestOn(id, survey)).status())
                .as("a report waiting for review is not enough")
                .isEqualTo(409);

        team.executive.post("/api/v1/instructions/" + instruction + "/acceptance", Map.of("comment", "受理します。"));
        JsonNode met = onlyCondition(gates(team, id), survey);
        assertThat(met.get("met").asBoolean()).isTrue();
        assertThat(met.get("who").isNull()).isTrue();
        assertThat(find(gates(team, id).get("gates"), "gate", survey)
                        .get("nextActor")
                        .asString())
                .isEqualTo("REQUESTER");
        Response requested = team.officer.post("/api/v1/decisions", requestOn(id, survey));
        assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
    }

    @Test
    void aGateConditionThatTurnsMetIsToldOnceInTheLedger() {
        Team team = team();
        String id = team.initiative(plan(team, "会議録SaaS", List.of()));
        String survey = "PREPARATION_SURVEY_REVIEWED";
        assertThat(actions(team, id)).doesNotContain("initiative.gateCondition.met");

        team.reportAccepted(id, survey);
        List<LedgerEntry> told = conditionsMet(team, id);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).change())
                .isEqualTo("{\"code\":\"REPORT_ACCEPTED\",\"gate\":\"PREPARATION_SURVEY_REVIEWED\"}");
        assertThat(told.get(0).actorId())
                .isEqualTo(team.executiveUser().userId().toString());

        // another report on the same gate accepted: the condition was met already, nothing more is told
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("subjectType", "INITIATIVE");
        issue.put("subjectId", id);
        issue.put("phase", "PREPARATION");
        issue.put("gateTopic", survey);
        issue.put("title", "追加の調査");
        issue.put("assignee", team.officerUser().userId().toString());
        issue.put("dueDate", java.time.LocalDate.now().plusDays(14).toString());
        String again = team.executive
                .post("/api/v1/instructions", issue)
                .json()
                .get("id")
                .asString();
        team.officer.post("/api/v1/instructions/" + again + "/reports", Map.of("text", "追加で調査した。"));
        assertThat(team.executive
                        .post("/api/v1/instructions/" + again + "/acceptance", Map.of("comment", "受理します。"))
                        .status())
                .isEqualTo(200);
        assertThat(conditionsMet(team, id)).hasSize(1);
        assertThat(ledger.verify(team.organizationId()).valid()).isTrue();
    }

    private List<LedgerEntry> conditionsMet(Team team, String id) {
        return ledger.entries(team.organizationId(), InitiativeChange.INITIATIVE, id, 0, 100).entries().stream()
                .filter(entry -> entry.action().equals("initiative.gateCondition.met"))
                .toList();
    }

    @Test
    void eachApprovalRestsOnItsGatesFactsOnly() {
        Team team = team();
        Map<String, Object> plan = plan(team, "営業日報SaaS", List.of(team.asset("営業日報", "PERSONAL_DATA")));
        plan.put("kpis", List.of(Map.of("name", "日報の作成時間", "unit", "分", "baseline", 30, "target", 10)));
        String id = team.initiative(plan);
        String survey = team.approve(id, "PREPARATION_SURVEY_REVIEWED");
        String purpose = team.approve(id, "PREPARATION_PURPOSE_APPROVED");
        String policies = team.approve(id, "PREPARATION_POLICIES_REVIEWED");
        JsonNode frozen = team.executive.get("/api/v1/decisions/" + survey).json();
        assertThat(frozen.get("basisJson").asString())
                .contains("\"gate\":\"PREPARATION_SURVEY_REVIEWED\"", "\"assets\"")
                .doesNotContain("kpis", "dataLocations");

        Map<String, Object> reworded = new LinkedHashMap<>(plan);
        reworded.put("kpis", List.of(Map.of("name", "日報1件あたりの作成時間", "unit", "分", "baseline", 30, "target", 10)));
        reworded.put("version", 0);
        assertThat(team.officer.put("/api/v1/initiatives/" + id, reworded).status())
                .isEqualTo(200);
        assertThat(stale(team, purpose))
                .as("the purpose gate rests on the KPIs")
                .isTrue();
        assertThat(stale(team, survey)).as("a reworded KPI leaves the survey").isFalse();
        assertThat(stale(team, policies)).as("and the policy review").isFalse();

        Map<String, Object> abroad = new LinkedHashMap<>(reworded);
        abroad.put("dataLocations", List.of("JP", "US"));
        abroad.put("version", 1);
        assertThat(team.officer.put("/api/v1/initiatives/" + id, abroad).status())
                .isEqualTo(200);
        assertThat(stale(team, policies))
                .as("the policy review rests on the scoping")
                .isTrue();
        assertThat(stale(team, survey))
                .as("the survey rests on the assets alone")
                .isFalse();
        assertThat(state(gates(team, id), "PREPARATION_SURVEY_REVIEWED")).isEqualTo("APPROVED");
        assertThat(state(gates(team, id), "PREPARATION_POLICIES_REVIEWED")).isEqualTo("STALE");
    }

    /**
     * Approvals frozen before bases were per gate hold the whole initiative: after the upgrade they are
     * compared on their gate's part only, so none turns stale by the upgrade or by a change of another
     * gate's facts, and one turns stale when a fact of its own gate changes.
     */
    @Test
    void anApprovalFrozenOnTheWholeInitiativeBeforeTheUpgradeIsComparedOnItsGatesPart() {
        Team team = team();
        Map<String, Object> plan = plan(team, "経費精算SaaS", List.of(team.asset("経費台帳", "PERSONAL_DATA")));
        plan.put("kpis", List.of(Map.of("name", "精算の処理時間", "unit", "分", "baseline", 30, "target", 10)));
        String id = team.initiative(plan);
        String survey = team.approve(id, "PREPARATION_SURVEY_REVIEWED");
        String purpose = team.approve(id, "PREPARATION_PURPOSE_APPROVED");
        String whole = io.mekiki.shared.CanonicalJson.write(
                DecisionBasis.of(initiatives.initiative(team.officerUser(), UUID.fromString(id)))
                        .facts());
        assertThat(whole).doesNotContain("\"gate\"").contains("kpis", "assets", "dataLocations");
        for (String decision : List.of(survey, purpose)) {
            jdbc.sql("update decision_decision set basis_json = ?, basis_hash = ? where id = ?")
                    .params(whole, io.mekiki.shared.Sha256.hex(whole), UUID.fromString(decision))
                    .update();
        }
        assertThat(state(gates(team, id), "PREPARATION_SURVEY_REVIEWED")).isEqualTo("APPROVED");

        Map<String, Object> reworded = new LinkedHashMap<>(plan);
        reworded.put("kpis", List.of(Map.of("name", "1件あたりの精算の処理時間", "unit", "分", "baseline", 30, "target", 10)));
        reworded.put("version", 0);
        assertThat(team.officer.put("/api/v1/initiatives/" + id, reworded).status())
                .isEqualTo(200);

        assertThat(stale(team, survey))
                .as("the KPIs were in the old basis, but are not the survey's")
                .isFalse();
        assertThat(stale(team, purpose)).as("the KPIs are the purpose gate's").isTrue();
        JsonNode changes = team.executive.get("/api/v1/decisions/" + purpose).json();
        assertThat(changes.get("basisJson").asString()).isEqualTo(whole);
    }

    private static boolean stale(Team team, String decision) {
        return team.executive
                .get("/api/v1/decisions/" + decision)
                .json()
                .get("stale")
                .asBoolean();
    }

    private static JsonNode onlyCondition(JsonNode gates, String gate) {
        JsonNode conditions = find(gates.get("gates"), "gate", gate).get("conditions");
        assertThat(conditions.size()).isEqualTo(1);
        return conditions.get(0);
    }

    private static Map<String, Object> requestOn(String initiativeId, String topic) {
        return Map.of(
                "subjectType",
                "INITIATIVE",
                "subjectId",
                initiativeId,
                "topic",
                topic,
                "title",
                topic,
                "proposal",
                "Proceed as surveyed",
                "options",
                List.of("Proceed", "Stop"));
    }

    @Test
    void aMoveWithOpenGatesIsRefusedWith409NamingThemAndChangesNothing() {
        Team team = team();
        String id = team.initiative(plan(team, "勤怠管理SaaS", List.of()));
        team.approve(id, "PREPARATION_SURVEY_REVIEWED");
        team.request(id, "PREPARATION_CRITERIA_APPROVED");

        Response refused = team.executive.post("/api/v1/initiatives/" + id + "/phase", Map.of("to", "SELECTION"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(texts(refused.json().get("openGates")))
                .containsExactly(
                        "PREPARATION_PURPOSE_APPROVED",
                        "PREPARATION_CRITERIA_APPROVED",
                        "PREPARATION_POLICIES_REVIEWED");
        assertThat(refused.json().get("detail").asString())
                .contains("利用目的・効果・KPIの承認", "PREPARATION_POLICIES_REVIEWED")
                .doesNotContain("事前調査結果の確認");
        assertThat(team.officer
                        .get("/api/v1/initiatives/" + id)
                        .json()
                        .get("phase")
                        .asString())
                .isEqualTo("PREPARATION");
        assertThat(actions(team, id)).doesNotContain("initiative.phase.moved");

        Response skipping = team.executive.post("/api/v1/initiatives/" + id + "/phase", Map.of("to", "OPERATION"));
        assertThat(skipping.status()).isEqualTo(409);
        assertThat(skipping.json().get("code").asString()).isEqualTo("initiative.error.cannotMove");
        Response both = team.executive.post(
                "/api/v1/initiatives/" + id + "/phase", Map.of("to", "SELECTION", "branch", "CONTINUE"));
        assertThat(both.status()).isEqualTo(400);
    }

    @Test
    void onceItsGatesAreApprovedTheInitiativeGoesRoundTheCycleUntilItClosesAndEveryMoveIsAudited() {
        Team team = team();
        String id = team.initiative(plan(team, "経費精算SaaS", List.of()));

        PREPARATION_GATES.forEach(gate -> team.approve(id, gate));
        assertThat(team.move(id, Map.of("to", "SELECTION")).get("phase").asString())
                .isEqualTo("SELECTION");
        // the selection gates wait for a candidate (the selection module's condition)
        String provider = team.officer
                .post("/api/v1/providers", Map.of("legalName", "経費クラウド株式会社", "headquartersCountry", "JP"))
                .json()
                .get("id")
                .asString();
        String service = team.officer
                .post("/api/v1/services", Map.of("providerId", provider, "name", "経費クラウド", "serviceModel", "SAAS"))
                .json()
                .get("id")
                .asString();
        BearerClient.Response candidate =
                team.officer.post("/api/v1/initiatives/" + id + "/candidates", Map.of("serviceId", service));
        assertThat(candidate.status()).isEqualTo(201);
        // the provider-selection gate waits for the candidate's assessment (the assessment module's condition)
        String assessment = "/api/v1/assessments/" + candidate.json().get("id").asString();
        for (JsonNode item : team.officer.get(assessment).json().get("items")) {
            assertThat(team.officer
                            .put(
                                    assessment + "/answers/"
                                            + item.get("itemId").asString(),
                                    Map.of("status", "MEETS", "answer", "契約書で確認"))
                            .status())
                    .isEqualTo(200);
        }
        // the selection gates wait for a chosen candidate (the findings' condition, ADR 030)
        assertThat(team.officer
                        .put(
                                "/api/v1/initiatives/" + id + "/chosen-candidate",
                                Map.of("candidateId", candidate.json().get("id").asString()))
                        .status())
                .isEqualTo(200);
        // both selection gates wait for the comparison (the comparison module's conditions): the starting set of
        // criteria saved, the candidate and keeping it in-house scored on every criterion
        String comparison = "/api/v1/initiatives/" + id + "/comparison";
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (JsonNode starter :
                team.officer.get(comparison + "/criteria/starter").json()) {
            criteria.add(Map.of(
                    "name", starter.get("name").asString(),
                    "group", starter.get("group").asString(),
                    "weight", starter.get("weight").asInt(),
                    "scaleMin", starter.get("scaleMin").asInt(),
                    "scaleMax", starter.get("scaleMax").asInt()));
        }
        Response saved = team.officer.put(comparison + "/criteria", Map.of("version", 0, "criteria", criteria));
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        for (String column : List.of(candidate.json().get("id").asString(), "in-house")) {
            for (JsonNode criterion : saved.json().get("criteria")) {
                assertThat(team.officer
                                .put(
                                        comparison + "/columns/" + column + "/scores/"
                                                + criterion.get("id").asString(),
                                        Map.of("score", 3))
                                .status())
                        .isEqualTo(200);
            }
        }
        team.approve(id, "SELECTION_ADOPTION_DECIDED");
        team.approve(id, "SELECTION_PROVIDER_SELECTED");
        team.move(id, Map.of("to", "APPLICATION"));
        // both application gates wait for the contract (the contract module's conditions): recorded with its terms
        // document, its terms review answered and special items reconfirmed, its exit terms fixed
        io.mekiki.ContractWork.contract(team.officer, id, io.mekiki.ContractWork.record());
        team.approve(id, "APPLICATION_TERMS_APPROVED");
        team.approve(id, "APPLICATION_SPECIAL_ITEMS_RECONFIRMED");
        JsonNode operating = team.move(id, Map.of("to", "OPERATION"));
        assertThat(operating.get("year").asInt()).isEqualTo(1);

        team.request(id, "FINDING_OUTAGE_20261201");
        assertThat(team.executive
                        .post("/api/v1/initiatives/" + id + "/phase", Map.of("to", "CONTINUATION_TERMINATION"))
                        .json()
                        .get("openGates")
                        .toString())
                .as("a finding waiting for its decision")
                .contains("OPERATION_FINDINGS_RESOLVED");
        team.decideWaiting(id, "FINDING_OUTAGE_20261201");
        team.move(id, Map.of("to", "CONTINUATION_TERMINATION"));

        team.approve(id, "CONTINUATION_SUPERVISION_APPROVED");
        team.approve(id, "CONTINUATION_DECIDED");
        Response close = team.executive.post("/api/v1/initiatives/" + id + "/phase", Map.of("to", "CLOSED"));
        assertThat(close.status())
                .as("closing needs the decision to terminate first")
                .isEqualTo(409);
        JsonNode secondYear = team.move(id, Map.of("branch", "CONTINUE"));
        assertThat(secondYear.get("phase").asString()).isEqualTo("OPERATION");
        assertThat(secondYear.get("year").asInt()).isEqualTo(2);

        team.move(id, Map.of("to", "CONTINUATION_TERMINATION"));
        Response lastYearsDecision =
                team.executive.post("/api/v1/initiatives/" + id + "/phase", Map.of("branch", "TERMINATE"));
        assertThat(texts(lastYearsDecision.json().get("openGates")))
                .as("last year's continuation decision does not count")
                .containsExactly("CONTINUATION_DECIDED");
        team.approve(id, "CONTINUATION_DECIDED");
        JsonNode terminating = team.move(id, Map.of("branch", "TERMINATE"));
        assertThat(terminating.get("phase").asString()).isEqualTo("CONTINUATION_TERMINATION");
        assertThat(terminating.get("branch").asString()).isEqualTo("TERMINATE");
        assertThat(texts(team.executive
                        .post("/api/v1/initiatives/" + id + "/phase", Map.of("to", "CLOSED"))
                        .json()
                        .get("openGates")))
                .containsExactly("TERMINATION_DATA_RETURNED", "TERMINATION_DELETION_CONFIRMED");
        // the termination gates wait for the exit's work (the exit module's conditions): data returned, deletion
        // evidenced
        io.mekiki.ExitWork.complete(
                team.officer,
                io.mekiki.ExitWork.exitOf(team.officer, id).get("id").asString());
        team.approve(id, "TERMINATION_DATA_RETURNED");
        team.approve(id, "TERMINATION_DELETION_CONFIRMED");
        assertThat(team.move(id, Map.of("to", "CLOSED")).get("phase").asString())
                .isEqualTo("CLOSED");

        Map<String, Object> revision = plan(team, "経費精算SaaS", List.of());
        revision.put(
                "version",
                team.officer
                        .get("/api/v1/initiatives/" + id)
                        .json()
                        .get("version")
                        .asLong());
        assertThat(team.officer.put("/api/v1/initiatives/" + id, revision).status())
                .as("a closed initiative changes no more")
                .isEqualTo(409);

        List<LedgerEntry> moves = new ArrayList<>(
                ledger.entries(team.organizationId(), InitiativeChange.INITIATIVE, id, 0, 200).entries().stream()
                        .filter(entry -> entry.action().equals("initiative.phase.moved"))
                        .toList());
        Collections.reverse(moves);
        assertThat(moves)
                .extracting(LedgerEntry::change)
                .hasSize(8)
                .first()
                .asString()
                .contains("\"from\":\"PREPARATION\"", "\"to\":\"SELECTION\"", "PREPARATION_PURPOSE_APPROVED");
        assertThat(moves.get(4).change()).contains("\"move\":\"CONTINUE\"", "\"year\":2");
        assertThat(moves.get(7).change()).contains("\"to\":\"CLOSED\"", "TERMINATION_DELETION_CONFIRMED");
        assertThat(moves).allSatisfy(entry -> assertThat(entry.actorName()).contains(team.executiveUser.email()));
    }

    @Test
    void kpiMeasurementsAreRecordedAgainstTheirKpi() {
        Team team = team();
        Map<String, Object> plan = plan(team, "問い合わせ対応SaaS", List.of());
        plan.put("kpis", List.of(Map.of("name", "平均応答時間", "unit", "分", "baseline", 30, "target", 10)));
        String id = team.initiative(plan);
        JsonNode initiative = team.officer.get("/api/v1/initiatives/" + id).json();
        String kpi = initiative.get("kpis").get(0).get("id").asString();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Response measured = team.owner.post(
                "/api/v1/initiatives/" + id + "/kpis/" + kpi + "/measurements",
                Map.of("measuredOn", today, "value", 24.5, "note", "初月"));
        assertThat(measured.status()).as(measured.json().toString()).isEqualTo(201);

        JsonNode read = team.auditor.get("/api/v1/initiatives/" + id).json();
        JsonNode measurement = read.get("kpis").get(0).get("measurements").get(0);
        assertThat(measurement.get("value").asDouble()).isEqualTo(24.5);
        assertThat(measurement.get("note").asString()).isEqualTo("初月");
        assertThat(read.get("kpis").get(0).get("target").asInt()).isEqualTo(10);

        Response future = team.owner.post(
                "/api/v1/initiatives/" + id + "/kpis/" + kpi + "/measurements",
                Map.of("measuredOn", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), "value", 1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("measuredOn");
        assertThat(team.owner
                        .post(
                                "/api/v1/initiatives/" + id + "/kpis/" + UUID.randomUUID() + "/measurements",
                                Map.of("measuredOn", today, "value", 1))
                        .status())
                .isEqualTo(404);
        assertThat(actions(team, id)).contains("initiative.kpi.measured");
    }

    @Test
    void aPlanThatCannotBeKeptIsRefusedNamingTheFieldAndNothingIsStored() {
        Team team = team();

        Map<String, Object> unknownCountry = plan(team, "海外拠点", List.of());
        unknownCountry.put("dataLocations", List.of("JP", "XX"));
        Response country = team.officer.post("/api/v1/initiatives", unknownCountry);
        assertThat(country.status()).isEqualTo(400);
        assertThat(country.errorFields()).containsExactly("dataLocations[1]");
        assertThat(country.errorMessages().get(0)).contains("XX");

        Map<String, Object> notAnOwner = plan(team, "海外拠点", List.of());
        notAnOwner.put("businessOwnerId", team.executiveUser.userId().toString());
        assertThat(team.officer.post("/api/v1/initiatives", notAnOwner).errorFields())
                .containsExactly("businessOwnerId");

        Map<String, Object> untitled = plan(team, " ", List.of());
        Response blank = team.officer.post("/api/v1/initiatives", untitled);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorFields()).containsExactly("title");

        Map<String, Object> badModel = plan(team, "海外拠点", List.of());
        badModel.put("serviceModel", "FAAS");
        Response model = team.officer.post("/api/v1/initiatives", badModel);
        assertThat(model.status()).isEqualTo(400);
        assertThat(model.errorFields()).containsExactly("serviceModel");

        assertThat(team.officer.get("/api/v1/initiatives").json().get("items").size())
                .isZero();
    }

    @Test
    void theListSortsPagesAndShowsEachInitiativesProgressThroughItsGates() {
        Team team = team();
        String crm = team.initiative(plan(team, "CRMのSaaS化", List.of()));
        String expenses = team.initiative(plan(team, "経費精算", List.of()));
        String archive = team.initiative(plan(team, "文書保管", List.of()));
        team.approve(crm, "PREPARATION_PURPOSE_APPROVED");
        team.approve(crm, "PREPARATION_SURVEY_REVIEWED");

        JsonNode newestFirst = team.auditor.get("/api/v1/initiatives").json();
        assertThat(ids(newestFirst)).as("the last changed first").containsExactly(archive, expenses, crm);
        assertThat(newestFirst.get("total").asLong()).isEqualTo(3);
        JsonNode progress = find(newestFirst.get("items"), "id", crm).get("gateProgress");
        assertThat(progress.get("approved").asInt()).isEqualTo(2);
        assertThat(progress.get("required").asInt()).isEqualTo(4);
        List<String> open = new ArrayList<>();
        progress.get("openGates").forEach(gate -> open.add(gate.get("gate").asString()));
        assertThat(open).containsExactly("PREPARATION_CRITERIA_APPROVED", "PREPARATION_POLICIES_REVIEWED");
        assertThat(progress.get("conditionsTotal").asInt())
                .as("the criteria gate waits for the report on its instruction")
                .isEqualTo(1);
        assertThat(progress.get("conditionsMet").asInt()).isZero();

        // the conditions of every row's current gate are read for the whole list: accepting the report of
        // one initiative's current gate shows on that row only
        JsonNode expensesBefore = find(newestFirst.get("items"), "id", expenses).get("gateProgress");
        String current = expensesBefore.get("openGates").get(0).get("gate").asString();
        assertThat(expensesBefore.get("conditionsMet").asInt()).isZero();
        assertThat(expensesBefore.get("conditionsTotal").asInt()).isEqualTo(1);
        team.reportAccepted(expenses, current);
        JsonNode afterReport = team.auditor.get("/api/v1/initiatives").json();
        assertThat(find(afterReport.get("items"), "id", expenses)
                        .get("gateProgress")
                        .get("conditionsMet")
                        .asInt())
                .isEqualTo(1);
        assertThat(find(afterReport.get("items"), "id", archive)
                        .get("gateProgress")
                        .get("conditionsMet")
                        .asInt())
                .isZero();

        assertThat(ids(team.auditor.get("/api/v1/initiatives?sort=updated").json()))
                .containsExactly(crm, expenses, archive);
        JsonNode second = team.auditor
                .get("/api/v1/initiatives?sort=updated&size=2&page=1")
                .json();
        assertThat(ids(second)).containsExactly(archive);
        assertThat(second.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(team.auditor.get("/api/v1/initiatives?sort=title,desc").json()))
                .last()
                .isEqualTo(crm);

        Response unknown = team.auditor.get("/api/v1/initiatives?sort=business_owner_id");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("sort");
        assertThat(team.auditor.get("/api/v1/initiatives?size=0").status()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void rolesDecideWhoPlansAndWhoMovesInitiatives() {
        Team team = team();
        String id = team.initiative(plan(team, "人事評価SaaS", List.of()));

        assertThat(team.auditor
                        .post("/api/v1/initiatives", plan(team, "監査人の案件", List.of()))
                        .status())
                .isEqualTo(403);
        assertThat(team.executive
                        .post("/api/v1/initiatives", plan(team, "経営層の案件", List.of()))
                        .status())
                .isEqualTo(403);
        assertThat(team.owner
                        .post("/api/v1/initiatives", plan(team, "利用部門の案件", List.of()))
                        .status())
                .isEqualTo(201);
        assertThat(team.owner
                        .post("/api/v1/initiatives/" + id + "/phase", Map.of("to", "SELECTION"))
                        .status())
                .isEqualTo(403);
        assertThat(team.auditor
                        .post("/api/v1/initiatives/" + id + "/phase", Map.of("to", "SELECTION"))
                        .status())
                .isEqualTo(403);
        assertThat(team.auditor.get("/api/v1/initiatives/" + id).status()).isEqualTo(200);
        assertThat(team.auditor.get("/api/v1/initiatives/" + id + "/gates").status())
                .isEqualTo(200);
        assertThat(team.auditor.get("/api/v1/initiatives").json().get("items").size())
                .isEqualTo(2);
    }

    @Test
    void anotherOrganisationSeesNothingOfTheInitiativeAndCannotUseItsAssets() {
        Team ours = team();
        Team theirs = team();
        String ourAsset = ours.asset("顧客台帳", "PERSONAL_DATA");
        String id = ours.initiative(plan(ours, "CRM", List.of(ourAsset)));

        assertThat(theirs.officer.get("/api/v1/initiatives/" + id).status()).isEqualTo(404);
        assertThat(theirs.officer.get("/api/v1/initiatives/" + id + "/gates").status())
                .isEqualTo(404);
        assertThat(theirs.officer.get("/api/v1/initiatives/" + id + "/scoping").status())
                .isEqualTo(404);
        Map<String, Object> hijack = plan(theirs, "CRM", List.of());
        hijack.put("version", 0);
        assertThat(theirs.officer.put("/api/v1/initiatives/" + id, hijack).status())
                .isEqualTo(404);
        assertThat(theirs.executive
                        .post("/api/v1/initiatives/" + id + "/phase", Map.of("to", "SELECTION"))
                        .status())
                .isEqualTo(404);
        assertThat(theirs.officer.get("/api/v1/initiatives").json().get("items").size())
                .isZero();

        Response borrowed = theirs.officer.post("/api/v1/initiatives", plan(theirs, "借り物", List.of(ourAsset)));
        assertThat(borrowed.status()).isEqualTo(400);
        assertThat(borrowed.errorFields()).containsExactly("assetIds");
        Map<String, Object> foreignOwner = plan(theirs, "他社の責任者", List.of());
        foreignOwner.put("businessOwnerId", ours.ownerUser.userId().toString());
        assertThat(theirs.officer.post("/api/v1/initiatives", foreignOwner).errorFields())
                .containsExactly("businessOwnerId");
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        HttpResponse<String> docs = new ApiCaller(port).get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = ApiCaller.body(docs).get("paths");
        assertThat(paths.has("/api/v1/initiatives")).isTrue();
        assertThat(paths.has("/api/v1/initiatives/{id}/kpis/{kpiId}/measurements"))
                .isTrue();
        assertThat(paths.has("/api/v1/initiatives/{id}/gates")).isTrue();
        assertThat(paths.has("/api/v1/initiatives/{id}/scoping")).isTrue();
        JsonNode move = paths.get("/api/v1/initiatives/{id}/phase").get("post");
        assertThat(move.get("summary").asString()).contains("EXECUTIVE", "RISK_OFFICER");
        assertThat(move.get("responses").has("409")).isTrue();
    }

    /**
     * An administrator switches the organisation's active release (ADR 027): every open initiative is
     * rescoped against it after the switch commits, its history names the release change and the items
     * that came and went, approvals resting on the scoping turn stale, and a closed initiative keeps the
     * scoping it was closed with.
     */
    @Test
    void switchingTheActiveReleaseRescopesOpenInitiativesOnlyAndStalesApprovalsOnTheScoping() throws Exception {
        Team team = team();
        MekikiUser admin = fixtures.user(team.organizationId(), Role.ADMIN);
        BearerClient administrator = client(admin);
        String customers = team.asset("顧客台帳", "PERSONAL_DATA");
        String open = team.initiative(plan(team, "リリースの切り替えで再判定", List.of(customers)));
        String closed = team.initiative(plan(team, "終了した取り組み", List.of(customers)));
        jdbc.sql("update initiative_initiative set phase = 'CLOSED' where id = ?")
                .param(UUID.fromString(closed))
                .update();
        String purpose = team.approve(open, "PREPARATION_PURPOSE_APPROVED");
        String policies = team.approve(open, "PREPARATION_POLICIES_REVIEWED");
        JsonNode closedBefore =
                team.auditor.get("/api/v1/initiatives/" + closed + "/scoping").json();
        String releaseId = "switch-" + UUID.randomUUID().toString().substring(0, 8);
        java.net.http.HttpResponse<String> uploaded = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(url("/api/v1/catalog/releases?activate=false")))
                                .header("Authorization", "Bearer " + fixtures.token(admin))
                                .header("Content-Type", "application/yaml; charset=utf-8")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        io.mekiki.catalog.TestReleases.valid(releaseId)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        Response switched = administrator.put("/api/v1/catalog/active-release", Map.of("release", releaseId));

        assertThat(switched.status()).as(switched.json().toString()).isEqualTo(200);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> team.auditor
                                .get("/api/v1/initiatives/" + open + "/scoping")
                                .json()
                                .get("history")
                                .size()
                        == 2);
        JsonNode change = team.auditor
                .get("/api/v1/initiatives/" + open + "/scoping")
                .json()
                .get("history")
                .get(0);
        assertThat(texts(change.get("planChanges"))).containsExactly(Initiatives.CATALOG_RELEASE);
        assertThat(change.get("releaseBefore").asString()).isEqualTo("2026.2");
        assertThat(change.get("releaseAfter").asString()).isEqualTo(releaseId);
        List<String> added = new ArrayList<>();
        change.get("itemsAdded").forEach(item -> added.add(item.get("id").asString()));
        assertThat(added).containsExactly("PD-TEST-01");
        assertThat(change.get("itemsRemoved").size()).as("2026.2's items went").isGreaterThan(10);
        JsonNode gates = gates(team, open);
        assertThat(state(gates, "PREPARATION_POLICIES_REVIEWED")).isEqualTo("STALE");
        assertThat(state(gates, "PREPARATION_PURPOSE_APPROVED"))
                .as("the purpose rests on the plan alone")
                .isEqualTo("APPROVED");
        assertThat(team.executive
                        .get("/api/v1/decisions/" + policies)
                        .json()
                        .get("stale")
                        .asBoolean())
                .isTrue();
        assertThat(team.executive
                        .get("/api/v1/decisions/" + purpose)
                        .json()
                        .get("stale")
                        .asBoolean())
                .isFalse();
        assertThat(actions(team, open)).contains("initiative.scoping.recomputed");
        assertThat(team.auditor
                        .get("/api/v1/initiatives/" + closed + "/scoping")
                        .json())
                .as("a closed initiative keeps its scoping and history")
                .isEqualTo(closedBefore);
        assertThat(ledger.entries(team.organizationId(), "CATALOG_RELEASE", releaseId, 0, 10)
                        .entries())
                .extracting(LedgerEntry::action)
                .contains("catalog.release.activated");
    }

    private Team team() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        return new Team(officer, owner, executive, client(officer), client(owner), client(executive), client(auditor));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    private static Map<String, Object> plan(Team team, String title, List<String> assetIds) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", title);
        plan.put("businessOwnerId", team.ownerUser.userId().toString());
        plan.put("purpose", "紙の処理をなくす");
        plan.put("benefits", "処理時間の短縮");
        plan.put("assetIds", assetIds);
        plan.put("serviceModel", "SAAS");
        plan.put("deployment", "PUBLIC");
        plan.put("dataLocations", List.of("JP"));
        return plan;
    }

    private static JsonNode gates(Team team, String id) {
        Response gates = team.auditor.get("/api/v1/initiatives/" + id + "/gates");
        assertThat(gates.status()).isEqualTo(200);
        return gates.json();
    }

    private static String state(JsonNode gates, String gate) {
        return find(gates.get("gates"), "gate", gate).get("state").asString();
    }

    private static List<String> gateCodes(JsonNode gates) {
        List<String> codes = new ArrayList<>();
        gates.get("gates").forEach(gate -> codes.add(gate.get("gate").asString()));
        return codes;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.get(field).asString().equals(value)) {
                return element;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asString()));
        return texts;
    }

    private List<String> actions(Team team, String id) {
        return ledger.entries(team.organizationId(), InitiativeChange.INITIATIVE, id, 0, 100).entries().stream()
                .map(LedgerEntry::action)
                .toList();
    }

    /** One organisation's people, each with an API client. */
    private record Team(
            MekikiUser officerUser,
            MekikiUser ownerUser,
            MekikiUser executiveUser,
            BearerClient officer,
            BearerClient owner,
            BearerClient executive,
            BearerClient auditor) {

        UUID organizationId() {
            return officerUser.organizationId();
        }

        String asset(String name, String... categories) {
            Response created = officer.post(
                    "/api/v1/assets",
                    Map.of(
                            "name",
                            name,
                            "categories",
                            List.of(categories),
                            "assetValue",
                            "HIGH",
                            "riskTolerance",
                            "LOW"));
            assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
            return created.json().get("id").asString();
        }

        String initiative(Map<String, Object> plan) {
            Response created = officer.post("/api/v1/initiatives", plan);
            assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
            return created.json().get("id").asString();
        }

        /**
         * Preparation and selection gates rest on the report of their instruction: while the gate's
         * REPORT_ACCEPTED condition is unmet, the executive instructs the officer, who reports, and the
         * executive accepts, all through the API.
         */
        void reportAccepted(String initiativeId, String topic) {
            JsonNode gate = null;
            for (JsonNode candidate : auditor.get("/api/v1/initiatives/" + initiativeId + "/gates")
                    .json()
                    .get("gates")) {
                if (topic.equals(candidate.get("topic").asString())) {
                    gate = candidate;
                }
            }
            if (gate == null) {
                return;
            }
            boolean unmet = false;
            for (JsonNode condition : gate.get("conditions")) {
                unmet |= "REPORT_ACCEPTED".equals(condition.get("code").asString())
                        && !condition.get("met").asBoolean();
            }
            if (!unmet) {
                return;
            }
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("subjectType", "INITIATIVE");
            issue.put("subjectId", initiativeId);
            issue.put("phase", gate.get("phase").asString());
            issue.put("gateTopic", topic);
            issue.put("title", "Report for " + topic);
            issue.put("assignee", officerUser.userId().toString());
            issue.put("dueDate", java.time.LocalDate.now().plusDays(14).toString());
            Response issued = executive.post("/api/v1/instructions", issue);
            assertThat(issued.status()).as(issued.json().toString()).isEqualTo(201);
            String instruction = issued.json().get("id").asString();
            Response reported = officer.post(
                    "/api/v1/instructions/" + instruction + "/reports", Map.of("text", "Surveyed and written up"));
            assertThat(reported.status()).as(reported.json().toString()).isIn(200, 201);
            Response accepted = executive.post(
                    "/api/v1/instructions/" + instruction + "/acceptance", Map.of("comment", "Accepted"));
            assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(200);
        }

        String request(String initiativeId, String topic) {
            reportAccepted(initiativeId, topic);
            Response requested = officer.post(
                    "/api/v1/decisions",
                    Map.of(
                            "subjectType",
                            "INITIATIVE",
                            "subjectId",
                            initiativeId,
                            "topic",
                            topic,
                            "title",
                            topic,
                            "proposal",
                            "Proceed as surveyed",
                            "options",
                            List.of("Proceed", "Stop")));
            assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
            return requested.json().get("id").asString();
        }

        String approve(String initiativeId, String topic) {
            String decision = request(initiativeId, topic);
            decide(decision);
            return decision;
        }

        void decideWaiting(String initiativeId, String topic) {
            for (JsonNode decision : executive.get("/api/v1/decisions").json().get("items")) {
                if (decision.get("topic").asString().equals(topic)
                        && decision.get("subject").get("id").asString().equals(initiativeId)) {
                    decide(decision.get("id").asString());
                    return;
                }
            }
            throw new AssertionError("No decision on " + topic);
        }

        private void decide(String decision) {
            Response decided = executive.post(
                    "/api/v1/decisions/" + decision + "/decision",
                    Map.of("outcome", "APPROVED", "rationale", "Within our risk appetite"));
            assertThat(decided.status()).as(decided.json().toString()).isEqualTo(200);
        }

        JsonNode move(String initiativeId, Map<String, String> body) {
            Response moved = executive.post("/api/v1/initiatives/" + initiativeId + "/phase", body);
            assertThat(moved.status()).as(moved.json().toString()).isEqualTo(200);
            return moved.json();
        }
    }
}
