package io.mekiki.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.AcceptedReports;
import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.SelectionWork;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.instruction.Instructions;
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

/**
 * The comparison through the API: criteria saved as a whole, scores, costs and KPI fit with their refusals,
 * the JSON of the comparison, the gate conditions, and a changed score staling the approved adoption.
 */
class ComparisonIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final Instructions instructions;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;
    private final CatalogReleases releases;

    @Autowired
    ComparisonIT(
            IdentityFixtures fixtures,
            Instructions instructions,
            AuditLedger ledger,
            JdbcClient jdbc,
            CatalogReleases releases) {
        this.releases = releases;
        this.fixtures = fixtures;
        this.instructions = instructions;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Test
    void criteriaAreSavedAsAWholeWithAVersionAndRefusedWithTheFieldNamed() {
        Team team = team();
        Setup setup = setup(team, "Criteria", 0);
        String path = comparison(setup) + "/criteria";

        List<Map<String, Object>> starter = new ArrayList<>();
        team.officer()
                .get(comparison(setup) + "/criteria/starter?lang=en")
                .json()
                .forEach(node -> {
                    Map<String, Object> criterion = new LinkedHashMap<>();
                    criterion.put("name", node.get("name").asString());
                    criterion.put("group", node.get("group").asString());
                    criterion.put("weight", node.get("weight").asInt());
                    criterion.put("scaleMin", node.get("scaleMin").asInt());
                    criterion.put("scaleMax", node.get("scaleMax").asInt());
                    criterion.put("steps", List.of("1", "2", "3", "4", "5"));
                    starter.add(criterion);
                });
        assertThat(starter).hasSize(5);
        assertThat(starter.stream().mapToInt(c -> (Integer) c.get("weight")).sum())
                .as("the starting set's weights")
                .isEqualTo(100);
        assertThat(starter)
                .extracting(c -> c.get("group"))
                .containsExactly("BUSINESS_HEALTH", "SERVICE_LEVEL", "INFORMATION_SECURITY", "TERMS_OF_USE", "COST");

        List<Map<String, Object>> uneven = copy(starter);
        uneven.get(0).put("weight", 25);
        assertThat(field(team.officer().put(path, criteria(0, uneven)), 400)).isEqualTo("weights");
        List<Map<String, Object>> unnamed = copy(starter);
        unnamed.get(1).put("name", " ");
        assertThat(field(team.officer().put(path, criteria(0, unnamed)), 400)).isEqualTo("criteria[1].name");
        List<Map<String, Object>> longName = copy(starter);
        longName.get(1).put("name", "x".repeat(101));
        assertThat(field(team.officer().put(path, criteria(0, longName)), 400)).isEqualTo("criteria[1].name");
        List<Map<String, Object>> upsideDown = copy(starter);
        upsideDown.get(2).put("scaleMax", 0);
        assertThat(field(team.officer().put(path, criteria(0, upsideDown)), 400))
                .isEqualTo("criteria[2].scaleMax");
        List<Map<String, Object>> badGroup = copy(starter);
        badGroup.get(3).put("group", "LUCK");
        assertThat(field(team.officer().put(path, criteria(0, badGroup)), 400)).isEqualTo("criteria[3].group");
        assertThat(field(team.officer().put(path, criteria(0, List.of())), 400)).isEqualTo("criteria");
        for (Role reader : List.of(Role.AUDITOR, Role.BUSINESS_OWNER)) {
            assertThat(team.as(reader).put(path, criteria(0, starter)).status())
                    .as(reader.name())
                    .isEqualTo(403);
        }
        assertThat(team.stranger().put(path, criteria(0, starter)).status()).isEqualTo(404);
        assertThat(count("comparison_criterion", setup.initiative()))
                .as("nothing saved")
                .isZero();

        Response saved = team.officer().put(path, criteria(0, starter));
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        assertThat(saved.json().get("version").asLong()).isEqualTo(1);
        assertThat(team.executive().put(path, criteria(0, starter)).status())
                .as("a second first save is stale")
                .isEqualTo(409);
        Response again = team.executive().put(path, criteria(1, starter));
        assertThat(again.status()).as(again.json().toString()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isEqualTo(2);
        assertThat(entries(team, setup)).contains("comparison.criteria.saved");
    }

    @Test
    void scoresCostsAndKpiFitAreRefusedOutsideTheirRulesAndCountOnlyWhenGiven() {
        Team team = team();
        Setup setup = setup(team, "Scores", 2);
        JsonNode criteria = saveStarter(team, setup);
        String first = criteria.get(0).get("id").asString();
        String candidate = setup.candidates().get(0);
        String withdrawn = setup.candidates().get(1);

        Response outside = team.officer().put(score(setup, candidate, first), Map.of("score", 6));
        assertThat(field(outside, 400)).isEqualTo("score");
        assertThat(field(team.officer().put(score(setup, candidate, first), Map.of("score", 0)), 400))
                .isEqualTo("score");
        assertThat(field(team.officer().put(score(setup, candidate, first), Map.of("comment", "no score")), 400))
                .isEqualTo("score");
        assertThat(team.officer()
                        .put(score(setup, UUID.randomUUID().toString(), first), Map.of("score", 3))
                        .status())
                .as("a candidate that is not the initiative's")
                .isEqualTo(404);
        assertThat(team.officer()
                        .put(score(setup, candidate, UUID.randomUUID().toString()), Map.of("score", 3))
                        .status())
                .as("a criterion that is not the set's")
                .isEqualTo(404);
        assertThat(team.stranger()
                        .put(score(setup, candidate, first), Map.of("score", 3))
                        .status())
                .isEqualTo(404);
        for (Role reader : List.of(Role.AUDITOR, Role.BUSINESS_OWNER)) {
            assertThat(team.as(reader)
                            .put(score(setup, candidate, first), Map.of("score", 3))
                            .status())
                    .as(reader.name())
                    .isEqualTo(403);
            assertThat(team.as(reader)
                            .put(costs(setup, candidate), Map.of("initialCost", 1, "monthlyCost", 1))
                            .status())
                    .isEqualTo(403);
            assertThat(team.as(reader).get(comparison(setup)).status()).isEqualTo(200);
        }
        Response withdrawal = team.officer()
                .post(
                        "/api/v1/initiatives/" + setup.initiative() + "/candidates/" + withdrawn + "/withdrawal",
                        Map.of("reason", "Too expensive"));
        assertThat(withdrawal.status()).as(withdrawal.json().toString()).isEqualTo(200);
        assertThat(team.officer()
                        .put(score(setup, withdrawn, first), Map.of("score", 3))
                        .status())
                .isEqualTo(409);
        assertThat(team.officer()
                        .put(costs(setup, withdrawn), Map.of("initialCost", 1, "monthlyCost", 1))
                        .status())
                .isEqualTo(409);
        assertThat(count("comparison_score", setup.initiative()))
                .as("nothing scored")
                .isZero();

        assertThat(field(team.officer().put(costs(setup, candidate), Map.of("initialCost", -1, "monthlyCost", 1)), 400))
                .isEqualTo("initialCost");
        assertThat(field(
                        team.officer()
                                .put(
                                        costs(setup, candidate),
                                        Map.of("initialCost", 1, "monthlyCost", 1_000_000_000_001L)),
                        400))
                .isEqualTo("monthlyCost");
        assertThat(field(team.officer().put(costs(setup, candidate), Map.of("initialCost", 1)), 400))
                .isEqualTo("monthlyCost");

        String kpi = setup.kpi();
        String fit = comparison(setup) + "/columns/" + candidate + "/kpis/" + kpi;
        assertThat(field(team.officer().put(fit, Map.of("fit", "PERFECT")), 400))
                .isEqualTo("fit");
        assertThat(team.officer()
                        .put(
                                comparison(setup) + "/columns/" + candidate + "/kpis/" + UUID.randomUUID(),
                                Map.of("fit", "FITS"))
                        .status())
                .isEqualTo(404);
        assertThat(team.as(Role.BUSINESS_OWNER).put(fit, Map.of("fit", "FITS")).status())
                .isEqualTo(403);

        Response scored = team.officer().put(score(setup, candidate, first), Map.of("score", 4, "comment", "Good"));
        assertThat(scored.status()).as(scored.json().toString()).isEqualTo(200);
        // starter: weight 20 on a 1–5 scale; 4 stands three quarters up: 15 points
        assertThat(scored.json().get("weightedScore").asDouble()).isEqualTo(15.0);
        assertThat(scored.json().get("criteriaScored").asInt()).isEqualTo(1);
        Response inHouse = team.executive().put(score(setup, "in-house", first), Map.of("score", 1));
        assertThat(inHouse.status()).as(inHouse.json().toString()).isEqualTo(200);
        assertThat(inHouse.json().get("inHouse").asBoolean()).isTrue();
        assertThat(inHouse.json().get("weightedScore").asDouble()).isZero();
        assertThat(team.officer()
                        .put(fit, Map.of("fit", "PARTLY", "comment", "Needs training"))
                        .status())
                .isEqualTo(200);
        assertThat(entries(team, setup)).contains("comparison.score.given", "comparison.kpiFit.rated");
    }

    @Test
    void theComparisonHasAColumnPerOpenCandidateAndOneInHouseWithScoresConformanceCostsAndKpiFit() {
        Team team = team();
        Setup setup = setup(team, "Contract", 2);
        JsonNode criteria = saveStarter(team, setup);
        String a = setup.candidates().get(0);
        String b = setup.candidates().get(1);
        int[] scoresA = {5, 4, 3, 2, 1};
        for (int i = 0; i < 5; i++) {
            String criterion = criteria.get(i).get("id").asString();
            assertThat(team.officer()
                            .put(score(setup, a, criterion), Map.of("score", scoresA[i]))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(team.officer()
                        .put(costs(setup, a), Map.of("initialCost", 500_000, "monthlyCost", 120_000))
                        .status())
                .isEqualTo(200);
        // answer the first item of candidate A as met and the second as a gap
        String assessment = "/api/v1/assessments/" + a;
        JsonNode items = team.officer().get(assessment).json().get("items");
        String met = items.get(0).get("itemId").asString();
        assertThat(team.officer()
                        .put(assessment + "/answers/" + met, Map.of("status", "MEETS", "answer", "ok"))
                        .status())
                .isEqualTo(200);
        assertThat(team.officer()
                        .put(comparison(setup) + "/columns/in-house/kpis/" + setup.kpi(), Map.of("fit", "DOES_NOT_FIT"))
                        .status())
                .isEqualTo(200);

        JsonNode json = team.auditor().get(comparison(setup)).json();
        JsonNode columns = json.get("columns");
        assertThat(columns).hasSize(3);
        JsonNode columnA =
                find(columns, node -> a.equals(node.path("candidateId").asString()));
        JsonNode columnB =
                find(columns, node -> b.equals(node.path("candidateId").asString()));
        JsonNode house = columns.get(2);
        assertThat(columnA.get("serviceId").asString())
                .isEqualTo(setup.services().get(0));
        assertThat(columnA.get("inHouse").asBoolean()).isFalse();
        assertThat(house.get("inHouse").asBoolean()).isTrue();
        assertThat(house.get("candidateId").isNull()).isTrue();
        // starter weights 20, 20, 30, 15, 15 on 1–5: 20·1 + 20·.75 + 30·.5 + 15·.25 + 0 = 53.75
        assertThat(columnA.get("weightedScore").asDouble()).isEqualTo(53.8);
        assertThat(columnA.get("criteriaScored").asInt()).isEqualTo(5);
        assertThat(columnA.get("scores")).hasSize(5);
        assertThat(columnA.get("scores").get(0).get("score").asInt()).isEqualTo(5);
        assertThat(columnA.get("scores").get(0).get("points").asDouble()).isEqualTo(20.0);
        assertThat(columnB.get("weightedScore").asDouble()).isZero();
        assertThat(columnB.get("scores").get(0).get("score").isNull()).isTrue();

        JsonNode costs = columnA.get("costs");
        assertThat(costs.get("initial").asLong()).isEqualTo(500_000);
        assertThat(costs.get("monthly").asLong()).isEqualTo(120_000);
        assertThat(costs.get("total3Years").asLong()).isEqualTo(500_000 + 36 * 120_000);
        assertThat(costs.get("total5Years").asLong()).isEqualTo(500_000 + 60 * 120_000);
        assertThat(columnB.get("costs").get("total3Years").isNull()).isTrue();
        JsonNode houseCosts = house.get("costs");
        assertThat(houseCosts.get("annual").asLong()).isEqualTo(1_200_000);
        assertThat(houseCosts.get("initial").asLong()).isZero();
        assertThat(houseCosts.get("monthly").asLong()).isEqualTo(100_000);
        assertThat(houseCosts.get("total5Years").asLong()).isEqualTo(6_000_000);
        assertThat(house.get("inHouseBasis").get("assets")).hasSize(1);
        assertThat(house.get("inHouseBasis")
                        .get("assets")
                        .get(0)
                        .get("controls")
                        .asString())
                .isEqualTo("Nightly backups");

        assertThat(columnA.get("conformance")).isNotEmpty();
        int metInSections = 0;
        int answered = 0;
        for (JsonNode section : columnA.get("conformance")) {
            metInSections += section.get("met").asInt();
            answered += section.get("answered").asInt();
            assertThat(section.get("total").asInt()).isPositive();
        }
        assertThat(metInSections).isEqualTo(1);
        assertThat(answered).isEqualTo(1);
        assertThat(house.get("conformance")).isEmpty();
        assertThat(columnA.get("blockingGaps")).isEmpty();

        JsonNode houseFit = house.get("kpiFit").get(0);
        assertThat(houseFit.get("kpiId").asString()).isEqualTo(setup.kpi());
        assertThat(houseFit.get("fit").asString()).isEqualTo("DOES_NOT_FIT");
        assertThat(columnA.get("kpiFit").get(0).get("fit").isNull()).isTrue();
        assertThat(json.get("criteria").get("criteria")).hasSize(5);
        assertThat(json.get("kpis")).hasSize(1);
    }

    @Test
    void blockingGapsAreGapsOnItemsOfWeightFive() {
        Team team = team();
        Setup setup = setup(team, "Gaps", 1);
        String candidate = setup.candidates().get(0);
        String assessment = "/api/v1/assessments/" + candidate;
        String releaseId = team.officer().get(assessment).json().get("release").asString();
        List<String> heavy = releases.release(team.officerUser().organizationId(), releaseId).items().stream()
                .filter(item -> item.weight() == 5)
                .map(item -> item.id())
                .toList();
        JsonNode items = team.officer().get(assessment).json().get("items");
        String heavyItem = null;
        String lightItem = null;
        for (JsonNode item : items) {
            String id = item.get("itemId").asString();
            if (heavy.contains(id) && heavyItem == null) {
                heavyItem = id;
            } else if (!heavy.contains(id) && lightItem == null) {
                lightItem = id;
            }
        }
        assertThat(heavyItem).as("an applicable item of weight 5").isNotNull();
        assertThat(lightItem).isNotNull();
        assertThat(team.officer()
                        .put(assessment + "/answers/" + heavyItem, Map.of("status", "DOES_NOT_MEET"))
                        .status())
                .isEqualTo(200);
        assertThat(team.officer()
                        .put(assessment + "/answers/" + lightItem, Map.of("status", "DOES_NOT_MEET"))
                        .status())
                .isEqualTo(200);

        JsonNode column =
                team.officer().get(comparison(setup)).json().get("columns").get(0);
        assertThat(column.get("blockingGaps")).hasSize(1);
        assertThat(column.get("blockingGaps").get(0).get("itemId").asString()).isEqualTo(heavyItem);
        assertThat(column.get("blockingGaps").get(0).get("status").asString()).isEqualTo("DOES_NOT_MEET");
    }

    @Test
    void theSelectionGatesWaitForTheCriteriaAndEveryColumnScoredAndAChangedScoreStalesTheAdoption() {
        Team team = team();
        Setup setup = setup(team, "Gate", 1);
        String gates = "/api/v1/initiatives/" + setup.initiative() + "/gates?lang=en";
        for (String gate : List.of("SELECTION_ADOPTION_DECIDED", "SELECTION_PROVIDER_SELECTED")) {
            JsonNode criteria = condition(team.officer().get(gates).json(), gate, "CRITERIA_SET");
            assertThat(criteria.get("met").asBoolean()).isFalse();
        }
        JsonNode saved = saveStarter(team, setup);
        JsonNode scored = condition(team.officer().get(gates).json(), "SELECTION_ADOPTION_DECIDED", "COLUMNS_SCORED");
        assertThat(scored.get("met").asBoolean()).isFalse();
        assertThat(scored.get("label").asString()).contains("Gate Mail (0/5)").contains("keep it in-house 0/5");
        String candidate = setup.candidates().get(0);
        for (JsonNode criterion : saved) {
            String id = criterion.get("id").asString();
            assertThat(team.officer()
                            .put(score(setup, candidate, id), Map.of("score", 3))
                            .status())
                    .isEqualTo(200);
        }
        scored = condition(team.officer().get(gates).json(), "SELECTION_PROVIDER_SELECTED", "COLUMNS_SCORED");
        assertThat(scored.get("met").asBoolean()).isFalse();
        assertThat(scored.get("label").asString()).doesNotContain("Gate Mail").contains("keep it in-house 0/5");
        for (JsonNode criterion : saved) {
            String id = criterion.get("id").asString();
            assertThat(team.officer()
                            .put(score(setup, "in-house", id), Map.of("score", 2))
                            .status())
                    .isEqualTo(200);
        }
        for (String gate : List.of("SELECTION_ADOPTION_DECIDED", "SELECTION_PROVIDER_SELECTED")) {
            assertThat(condition(team.officer().get(gates).json(), gate, "COLUMNS_SCORED")
                            .get("met")
                            .asBoolean())
                    .as(gate)
                    .isTrue();
        }

        // the rest of the work the gate rests on: the candidate assessed and chosen
        SelectionWork.answerTheRest(team.officer(), candidate);
        SelectionWork.choose(team.officer(), setup.initiative(), candidate);
        AcceptedReports.forGate(
                instructions,
                team.executiveUser(),
                team.officerUser(),
                UUID.fromString(setup.initiative()),
                "SELECTION_ADOPTION_DECIDED");
        Response requested = team.officer()
                .post(
                        "/api/v1/decisions",
                        Map.of(
                                "subjectType", "INITIATIVE",
                                "subjectId", setup.initiative(),
                                "topic", "SELECTION_ADOPTION_DECIDED",
                                "title", "Adopt",
                                "proposal", "Adopt the service",
                                "options", List.of("Adopt", "Do not adopt")));
        assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
        String decision = requested.json().get("id").asString();
        Response decided = team.executive()
                .post(
                        "/api/v1/decisions/" + decision + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "Within our risk appetite"));
        assertThat(decided.status()).as(decided.json().toString()).isEqualTo(200);
        assertThat(team.officer()
                        .get("/api/v1/decisions/" + decision)
                        .json()
                        .get("stale")
                        .asBoolean())
                .isFalse();

        String first = saved.get(0).get("id").asString();
        assertThat(team.officer()
                        .put(score(setup, candidate, first), Map.of("score", 5, "comment", "Better than thought"))
                        .status())
                .isEqualTo(200);
        assertThat(team.officer()
                        .get("/api/v1/decisions/" + decision)
                        .json()
                        .get("stale")
                        .asBoolean())
                .as("a changed score stales the adoption")
                .isTrue();
        JsonNode changes = team.officer()
                .get("/api/v1/decisions/" + decision + "/paper?lang=en")
                .json()
                .get("changes");
        // the score that changed, one entry out and one in, and nothing else of the scores written out again
        assertThat(changes).hasSize(2);
        assertThat(changes)
                .allSatisfy(change -> assertThat(change.get("fact").asString()).isEqualTo("Comparison: scores"));
        assertThat(changes.get(0).get("kind").asString()).isEqualTo("REMOVED");
        assertThat(changes.get(0).get("then").asString()).contains("score 3");
        assertThat(changes.get(1).get("kind").asString()).isEqualTo("ADDED");
        assertThat(changes.get(1).get("now").asString()).contains("score 5").contains("Better than thought");
    }

    // --- helpers ---

    private JsonNode saveStarter(Team team, Setup setup) {
        List<Map<String, Object>> starter = new ArrayList<>();
        team.officer()
                .get(comparison(setup) + "/criteria/starter?lang=en")
                .json()
                .forEach(node -> {
                    Map<String, Object> criterion = new LinkedHashMap<>();
                    criterion.put("name", node.get("name").asString());
                    criterion.put("group", node.get("group").asString());
                    criterion.put("weight", node.get("weight").asInt());
                    criterion.put("scaleMin", node.get("scaleMin").asInt());
                    criterion.put("scaleMax", node.get("scaleMax").asInt());
                    starter.add(criterion);
                });
        Response saved = team.officer().put(comparison(setup) + "/criteria", criteria(0, starter));
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        return saved.json().get("criteria");
    }

    private static Map<String, Object> criteria(long version, List<Map<String, Object>> criteria) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("criteria", criteria);
        return body;
    }

    private static List<Map<String, Object>> copy(List<Map<String, Object>> criteria) {
        return criteria.stream()
                .map(c -> (Map<String, Object>) new LinkedHashMap<>(c))
                .toList();
    }

    private static String comparison(Setup setup) {
        return "/api/v1/initiatives/" + setup.initiative() + "/comparison";
    }

    private static String score(Setup setup, String column, String criterion) {
        return comparison(setup) + "/columns/" + column + "/scores/" + criterion;
    }

    private static String costs(Setup setup, String column) {
        return comparison(setup) + "/columns/" + column + "/costs";
    }

    private static String field(Response refused, int status) {
        assertThat(refused.status()).as(refused.json().toString()).isEqualTo(status);
        assertThat(refused.isProblem()).isTrue();
        return refused.json().get("errors").get(0).get("field").asString();
    }

    private int count(String table, String initiative) {
        return jdbc.sql("select count(*) from " + table + " where initiative_id = ?")
                .param(UUID.fromString(initiative))
                .query(Integer.class)
                .single();
    }

    private List<String> entries(Team team, Setup setup) {
        return ledger
                .entries(team.officerUser().organizationId(), ComparisonChange.COMPARISON, setup.initiative(), 0, 100)
                .entries()
                .stream()
                .map(LedgerEntry::action)
                .toList();
    }

    private static JsonNode condition(JsonNode gates, String gate, String code) {
        JsonNode status =
                find(gates.get("gates"), node -> node.get("gate").asString().equals(gate));
        assertThat(status).as(gate).isNotNull();
        JsonNode condition = find(
                status.get("conditions"), node -> node.get("code").asString().equals(code));
        assertThat(condition).as(gate + " " + code).isNotNull();
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

    /** An initiative with one asset (yearly cost ¥1.2m), one KPI and the given number of candidates. */
    private Setup setup(Team team, String name, int candidates) {
        Response asset = team.officer()
                .post(
                        "/api/v1/assets",
                        Map.of(
                                "name", name + " records",
                                "categories", List.of("PERSONAL_DATA"),
                                "assetValue", "HIGH",
                                "riskTolerance", "LOW",
                                "currentControls", "Nightly backups",
                                "currentAnnualCost", 1_200_000,
                                "currentServiceLevel", "99.5%"));
        assertThat(asset.status()).as(asset.json().toString()).isEqualTo(201);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", name + " initiative");
        plan.put("businessOwnerId", team.ownerUser().userId().toString());
        plan.put("purpose", "Move " + name);
        plan.put("kpis", List.of(Map.of("name", "Lead time", "unit", "days", "baseline", 5, "target", 1)));
        plan.put("assetIds", List.of(asset.json().get("id").asString()));
        plan.put("dataLocations", List.of("JP"));
        Response initiative = team.officer().post("/api/v1/initiatives", plan);
        assertThat(initiative.status()).as(initiative.json().toString()).isEqualTo(201);
        String id = initiative.json().get("id").asString();
        String kpi = initiative.json().get("kpis").get(0).get("id").asString();
        List<String> candidateIds = new ArrayList<>();
        List<String> serviceIds = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            String label = name + (i == 0 ? " Mail" : " Mail " + (i + 1));
            Response provider = team.officer()
                    .post("/api/v1/providers", Map.of("legalName", label + " K.K.", "headquartersCountry", "JP"));
            assertThat(provider.status()).as(provider.json().toString()).isEqualTo(201);
            Response service = team.officer()
                    .post(
                            "/api/v1/services",
                            Map.of(
                                    "providerId", provider.json().get("id").asString(),
                                    "name", label,
                                    "serviceModel", "SAAS",
                                    "dataLocations", List.of("JP"),
                                    "operationLocations", List.of("JP")));
            assertThat(service.status()).as(service.json().toString()).isEqualTo(201);
            String serviceId = service.json().get("id").asString();
            Response candidate =
                    team.officer().post("/api/v1/initiatives/" + id + "/candidates", Map.of("serviceId", serviceId));
            assertThat(candidate.status()).as(candidate.json().toString()).isEqualTo(201);
            candidateIds.add(candidate.json().get("id").asString());
            serviceIds.add(serviceId);
        }
        return new Setup(id, kpi, candidateIds, serviceIds);
    }

    private Team team() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID org = officer.organizationId();
        MekikiUser executive = fixtures.user(org, Role.EXECUTIVE);
        MekikiUser owner = fixtures.user(org, Role.BUSINESS_OWNER);
        MekikiUser auditor = fixtures.user(org, Role.AUDITOR);
        MekikiUser stranger = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        return new Team(
                officer,
                executive,
                owner,
                client(officer),
                client(executive),
                client(owner),
                client(auditor),
                client(stranger));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    record Setup(String initiative, String kpi, List<String> candidates, List<String> services) {}

    record Team(
            MekikiUser officerUser,
            MekikiUser executiveUser,
            MekikiUser ownerUser,
            BearerClient officer,
            BearerClient executive,
            BearerClient owner,
            BearerClient auditor,
            BearerClient stranger) {

        BearerClient as(Role role) {
            return switch (role) {
                case AUDITOR -> auditor;
                case BUSINESS_OWNER -> owner;
                case EXECUTIVE -> executive;
                default -> officer;
            };
        }
    }
}
