package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Contingencies through the API: opened by executives only, with every refusal naming its field; entries by role
 * (business owners status updates on their own initiatives), never changed, corrected by new entries; a risk
 * officer's decision entry asking an executive for a decision per initiative, shown with its outcome; the gate
 * condition while open; closing only with the review, read-only after; other organisations 404.
 */
class ContingenciesIT extends ApplicationTest {

    private static final String PATH = "/api/v1/contingencies";

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;

    @Autowired
    ContingenciesIT(IdentityFixtures fixtures, AuditLedger ledger, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Test
    void onlyExecutivesOpenAndEveryBadFieldIsRefusedByName() {
        Team team = team();
        String initiative = team.initiative("Payroll SaaS");
        Map<String, Object> good = opening(team, List.of(initiative));

        for (BearerClient notExecutive : List.of(team.officer(), team.owner(), team.auditor())) {
            assertThat(notExecutive.post(PATH, good).status()).isEqualTo(403);
        }
        assertThat(field(team.executive().post(PATH, with(good, "kind", "EARTHQUAKE"))))
                .isEqualTo("kind");
        assertThat(field(team.executive().post(PATH, with(good, "kind", null)))).isEqualTo("kind");
        assertThat(field(team.executive().post(PATH, with(good, "title", " ")))).isEqualTo("title");
        assertThat(field(team.executive().post(PATH, with(good, "title", "x".repeat(201)))))
                .isEqualTo("title");
        assertThat(field(team.executive().post(PATH, with(good, "description", null))))
                .isEqualTo("description");
        assertThat(field(team.executive().post(PATH, with(good, "beganAt", "yesterday"))))
                .isEqualTo("beganAt");
        assertThat(field(team.executive()
                        .post(
                                PATH,
                                with(
                                        good,
                                        "beganAt",
                                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))))
                .as("a beginning in the future")
                .isEqualTo("beganAt");
        assertThat(field(team.executive().post(PATH, with(good, "initiativeIds", List.of()))))
                .isEqualTo("initiativeIds");
        assertThat(field(team.executive()
                        .post(
                                PATH,
                                with(
                                        good,
                                        "initiativeIds",
                                        List.of(UUID.randomUUID().toString())))))
                .isEqualTo("initiativeIds");
        String strangers = team.strangerInitiative();
        assertThat(field(team.executive().post(PATH, with(good, "initiativeIds", List.of(strangers)))))
                .as("another organisation's initiative")
                .isEqualTo("initiativeIds");
        assertThat(field(team.executive()
                        .post(
                                PATH,
                                with(
                                        good,
                                        "commanderId",
                                        team.officerUser().userId().toString()))))
                .as("a risk officer does not command")
                .isEqualTo("commanderId");
        assertThat(count(team)).as("nothing opened").isZero();

        Response opened = team.executive()
                .post(
                        PATH,
                        with(
                                good,
                                "commanderId",
                                team.otherExecutiveUser().userId().toString()));
        assertThat(opened.status()).as(opened.json().toString()).isEqualTo(201);
        JsonNode contingency = opened.json();
        assertThat(contingency.get("status").asString()).isEqualTo("OPEN");
        assertThat(contingency.get("kind").asString()).isEqualTo("WIDE_AREA_DISASTER");
        assertThat(contingency.get("commanderId").asString())
                .isEqualTo(team.otherExecutiveUser().userId().toString());
        assertThat(contingency.get("initiatives").get(0).get("title").asString())
                .isEqualTo("Payroll SaaS");
        LocalDateTime local = LocalDateTime.parse((String) good.get("beganAt"));
        assertThat(Instant.parse(contingency.get("beganAt").asString()))
                .as("a local time is read in the organisation's zone")
                .isEqualTo(local.atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        assertThat(opened.headers().getLocation())
                .hasToString(PATH + "/" + contingency.get("id").asString());
        assertThat(actions(team, contingency.get("id").asString())).containsExactly("operation.contingency.opened");
    }

    @Test
    void entriesByRoleAreKeptAsRecordedAndCorrectedByNewEntries() {
        Team team = team();
        String payroll = team.initiative("Payroll SaaS");
        String crm = team.initiative("CRM SaaS", team.otherOwnerUser());
        String id = open(team, List.of(payroll, crm));
        String entries = PATH + "/" + id + "/entries";

        Response command =
                team.executive().post(entries, Map.of("kind", "COMMAND", "text", "Switch payroll to the fallback"));
        assertThat(command.status()).as(command.json().toString()).isEqualTo(201);
        assertThat(command.json().get("number").asInt()).isEqualTo(1);
        Response authority = team.officer()
                .post(
                        entries,
                        Map.of(
                                "kind",
                                "AUTHORITY_COMMUNICATION",
                                "text",
                                "Quick report sent",
                                "authority",
                                "Personal Information Protection Commission",
                                "reference",
                                "PPC-2026-0042"));
        assertThat(authority.status()).as(authority.json().toString()).isEqualTo(201);
        assertThat(field(team.officer().post(entries, Map.of("kind", "AUTHORITY_COMMUNICATION", "text", "Told"))))
                .as("which authority")
                .isEqualTo("authority");
        assertThat(field(team.officer().post(entries, Map.of("kind", "RUMOUR", "text", "?"))))
                .isEqualTo("kind");
        assertThat(field(team.officer().post(entries, Map.of("kind", "COMMAND", "text", ""))))
                .isEqualTo("text");
        assertThat(field(
                        team.officer().post(entries, Map.of("kind", "COMMAND", "text", "x", "at", "2001-01-01T00:00"))))
                .as("before the contingency began")
                .isEqualTo("at");
        assertThat(field(team.officer()
                        .post(entries, Map.of("kind", "COMMAND", "text", "x", "corrects", UUID.randomUUID()))))
                .isEqualTo("corrects");
        assertThat(field(team.officer()
                        .post(
                                entries,
                                Map.of("kind", "STATUS_UPDATE", "text", "x", "initiativeId", UUID.randomUUID()))))
                .isEqualTo("initiativeId");

        // business owners: status updates only, on an initiative of theirs
        assertThat(team.owner()
                        .post(entries, Map.of("kind", "COMMAND", "text", "Do it"))
                        .status())
                .isEqualTo(403);
        assertThat(team.owner()
                        .post(entries, Map.of("kind", "STATUS_UPDATE", "text", "CRM is fine", "initiativeId", crm))
                        .status())
                .as("not the owner's initiative")
                .isEqualTo(403);
        assertThat(field(team.owner().post(entries, Map.of("kind", "STATUS_UPDATE", "text", "All fine"))))
                .isEqualTo("initiativeId");
        Response status = team.owner()
                .post(
                        entries,
                        Map.of("kind", "STATUS_UPDATE", "text", "Payroll paid by hand", "initiativeId", payroll));
        assertThat(status.status()).as(status.json().toString()).isEqualTo(201);
        assertThat(team.auditor()
                        .post(entries, Map.of("kind", "STATUS_UPDATE", "text", "x"))
                        .status())
                .isEqualTo(403);

        Response correction = team.officer()
                .post(
                        entries,
                        Map.of(
                                "kind",
                                "AUTHORITY_COMMUNICATION",
                                "text",
                                "Quick report sent (reference corrected)",
                                "authority",
                                "Personal Information Protection Commission",
                                "reference",
                                "PPC-2026-0043",
                                "corrects",
                                authority.json().get("id").asString()));
        assertThat(correction.status()).as(correction.json().toString()).isEqualTo(201);
        assertThat(correction.json().get("correctsNumber").asInt()).isEqualTo(2);

        JsonNode timeline = team.auditor().get(entries).json().get("items");
        assertThat(texts(timeline, "text"))
                .containsExactly(
                        "Switch payroll to the fallback",
                        "Quick report sent",
                        "Payroll paid by hand",
                        "Quick report sent (reference corrected)");
        assertThat(timeline.get(1).get("reference").asString())
                .as("kept as recorded")
                .isEqualTo("PPC-2026-0042");
        assertThat(timeline.get(2).get("initiativeId").asString()).isEqualTo(payroll);

        // the database refuses to change a recorded entry, whoever asks
        UUID entry = UUID.fromString(command.json().get("id").asString());
        assertThat(updateRefused("update operation_contingency_entry set text = 'changed' where id = ?", entry))
                .isTrue();
        assertThat(updateRefused("delete from operation_contingency_entry where id = ?", entry))
                .isTrue();
        assertThat(actions(team, id))
                .containsExactly(
                        "operation.contingency.opened",
                        "operation.contingency.entryRecorded",
                        "operation.contingency.entryRecorded",
                        "operation.contingency.entryRecorded",
                        "operation.contingency.entryRecorded");
    }

    @Test
    void aDecisionEntryAsksAnExecutiveOnEachInitiativeAndShowsTheOutcome() {
        Team team = team();
        String payroll = team.initiative("Payroll SaaS");
        String crm = team.initiative("CRM SaaS");
        String id = open(team, List.of(payroll, crm));
        String entries = PATH + "/" + id + "/entries";
        Map<String, Object> asking = new HashMap<>(Map.of(
                "kind", "DECISION", "text", "Move payroll to the DR region for two weeks", "requestDecision", true));

        assertThat(team.executive().post(entries, asking).status())
                .as("executives decide; they do not ask")
                .isEqualTo(403);
        assertThat(field(team.officer().post(entries, with(asking, "kind", "COMMAND"))))
                .isEqualTo("requestDecision");
        assertThat(field(team.officer()
                        .post(entries, with(asking, "decisionInitiativeIds", List.of(team.initiative("Other"))))))
                .as("an initiative the contingency does not affect")
                .isEqualTo("decisionInitiativeIds");

        Response asked = team.officer().post(entries, with(asking, "decisionInitiativeIds", List.of(payroll)));
        assertThat(asked.status()).as(asked.json().toString()).isEqualTo(201);
        String topic = asked.json().get("decisionTopic").asString();
        assertThat(topic).startsWith("CONTINGENCY_");
        JsonNode decisions = asked.json().get("decisions");
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).get("state").asString()).isEqualTo("REQUESTED");
        assertThat(decisions.get(0).get("initiativeTitle").asString()).isEqualTo("Payroll SaaS");
        String decision = decisions.get(0).get("decisionId").asString();

        // the gate over every CONTINGENCY_ decision waits for it, and holds the condition while the contingency is open
        JsonNode gate = gate(team, payroll, "OPERATION_CONTINGENCIES_DECIDED");
        assertThat(gate.get("state").asString()).isEqualTo("WAITING");
        assertThat(condition(gate).get("met").asBoolean()).isFalse();
        assertThat(condition(gate).get("label").asString()).contains("Flood");

        assertThat(team.officer()
                        .post(
                                "/api/v1/decisions/" + decision + "/decision",
                                Map.of("outcome", "APPROVED", "rationale", "mine"))
                        .status())
                .as("whoever asks never decides")
                .isEqualTo(403);
        Response decided = team.executive()
                .post(
                        "/api/v1/decisions/" + decision + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "Customers must be paid"));
        assertThat(decided.status()).as(decided.json().toString()).isEqualTo(200);
        JsonNode shown =
                team.auditor().get(PATH + "/" + id).json().get("entries").get(0);
        assertThat(shown.get("decisions").get(0).get("state").asString()).isEqualTo("DECIDED");
        assertThat(shown.get("decisions").get(0).get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(gate(team, payroll, "OPERATION_CONTINGENCIES_DECIDED")
                        .get("state")
                        .asString())
                .isEqualTo("APPROVED");

        Response onEvery = team.officer().post(entries, asking);
        assertThat(onEvery.status()).as(onEvery.json().toString()).isEqualTo(201);
        assertThat(onEvery.json().get("decisions"))
                .as("every affected initiative")
                .hasSize(2);
    }

    @Test
    void closingNeedsTheReviewAndLeavesItReadOnly() {
        Team team = team();
        String payroll = team.initiative("Payroll SaaS");
        String id = open(team, List.of(payroll));
        String closure = PATH + "/" + id + "/closure";
        Map<String, Object> review = Map.of(
                "worked", "The fallback site took over within the hour",
                "notWorked", "Customers heard of it from the press first",
                "actions", "Prepare the customer notice in advance");

        assertThat(team.officer().post(closure, review).status()).isEqualTo(403);
        for (String part : List.of("worked", "notWorked", "actions")) {
            assertThat(field(team.executive().post(closure, with(review, part, " "))))
                    .isEqualTo(part);
        }
        assertThat(team.stranger().post(closure, review).status()).isEqualTo(404);
        assertThat(team.stranger().get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(team.stranger()
                        .post(PATH + "/" + id + "/entries", Map.of("kind", "COMMAND", "text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(team.executive().get(PATH + "/" + UUID.randomUUID()).status())
                .isEqualTo(404);

        assertThat(team.auditor().get(PATH + "?status=OPEN").json().get("items"))
                .extracting(item -> item.get("id").asString())
                .containsExactly(id);
        assertThat(condition(gate(team, payroll, "OPERATION_CONTINGENCIES_DECIDED"))
                        .get("met")
                        .asBoolean())
                .isFalse();

        Response closed = team.executive().post(closure, review);
        assertThat(closed.status()).as(closed.json().toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("review").get("notWorked").asString())
                .isEqualTo("Customers heard of it from the press first");
        assertThat(team.executive().post(closure, review).status()).isEqualTo(409);
        assertThat(team.officer()
                        .post(PATH + "/" + id + "/entries", Map.of("kind", "COMMAND", "text", "late"))
                        .status())
                .isEqualTo(409);
        assertThat(team.auditor().get(PATH + "?status=OPEN").json().get("items"))
                .isEmpty();
        assertThat(team.auditor()
                        .get(PATH + "?status=CLOSED")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(team.auditor().get(PATH + "?status=SOMETIMES").status()).isEqualTo(400);
        assertThat(condition(gate(team, payroll, "OPERATION_CONTINGENCIES_DECIDED"))
                        .get("met")
                        .asBoolean())
                .isTrue();
        List<LedgerEntry> trail = trail(team, id);
        assertThat(trail.get(trail.size() - 1).action()).isEqualTo("operation.contingency.closed");
        assertThat(trail.get(trail.size() - 1).change()).contains("Prepare the customer notice in advance");
    }

    private String open(Team team, List<String> initiatives) {
        Response opened = team.executive().post(PATH, opening(team, initiatives));
        assertThat(opened.status()).as(opened.json().toString()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    private static Map<String, Object> opening(Team team, List<String> initiatives) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "WIDE_AREA_DISASTER");
        body.put("title", "Flood at the Osaka data centre");
        body.put("description", "The provider's Osaka region is down after the flood.");
        body.put(
                "beganAt",
                LocalDateTime.now(ZoneId.of("Asia/Tokyo"))
                        .minusHours(3)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        body.put("initiativeIds", initiatives);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    private static String field(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        assertThat(response.errorFields()).hasSize(1);
        return response.errorFields().get(0);
    }

    private boolean updateRefused(String sql, UUID id) {
        try {
            jdbc.sql(sql).params(id).update();
            return false;
        } catch (RuntimeException refused) {
            return refused.getMessage().contains("cannot be changed or deleted");
        }
    }

    private long count(Team team) {
        return jdbc.sql("select count(*) from operation_contingency where organization_id = ?")
                .params(team.officerUser().organizationId())
                .query(Long.class)
                .single();
    }

    private List<LedgerEntry> trail(Team team, String id) {
        List<LedgerEntry> newestFirst =
                new ArrayList<>(ledger.entries(team.officerUser().organizationId(), "CONTINGENCY", id, 0, 100)
                        .entries());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private List<String> actions(Team team, String id) {
        return trail(team, id).stream().map(LedgerEntry::action).toList();
    }

    private static JsonNode gate(Team team, String initiative, String code) {
        for (JsonNode gate : team.auditor()
                .get("/api/v1/initiatives/" + initiative + "/gates?lang=en")
                .json()
                .get("gates")) {
            if (code.equals(gate.get("gate").asString())) {
                return gate;
            }
        }
        throw new AssertionError("No gate " + code);
    }

    private static JsonNode condition(JsonNode gate) {
        for (JsonNode condition : gate.get("conditions")) {
            if ("CONTINGENCY_CLOSED".equals(condition.get("code").asString())) {
                return condition;
            }
        }
        throw new AssertionError("No condition CONTINGENCY_CLOSED in " + gate);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asString()));
        return texts;
    }

    private Team team() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID org = officer.organizationId();
        MekikiUser executive = fixtures.user(org, Role.EXECUTIVE);
        MekikiUser otherExecutive = fixtures.user(org, Role.EXECUTIVE);
        MekikiUser owner = fixtures.user(org, Role.BUSINESS_OWNER);
        MekikiUser otherOwner = fixtures.user(org, Role.BUSINESS_OWNER);
        MekikiUser auditor = fixtures.user(org, Role.AUDITOR);
        MekikiUser stranger = fixtures.userInNewOrganization(Role.EXECUTIVE, Role.RISK_OFFICER, Role.BUSINESS_OWNER);
        return new Team(
                officer,
                otherExecutive,
                owner,
                otherOwner,
                stranger,
                client(officer),
                client(executive),
                client(owner),
                client(auditor),
                client(stranger));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    record Team(
            MekikiUser officerUser,
            MekikiUser otherExecutiveUser,
            MekikiUser ownerUser,
            MekikiUser otherOwnerUser,
            MekikiUser strangerUser,
            BearerClient officer,
            BearerClient executive,
            BearerClient owner,
            BearerClient auditor,
            BearerClient stranger) {

        String initiative(String title) {
            return initiative(title, ownerUser);
        }

        String initiative(String title, MekikiUser businessOwner) {
            return create(officer, title, businessOwner);
        }

        String strangerInitiative() {
            return create(stranger, "Elsewhere", strangerUser);
        }

        private static String create(BearerClient client, String title, MekikiUser businessOwner) {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("title", title);
            plan.put(
                    "businessOwnerId",
                    businessOwner == null ? null : businessOwner.userId().toString());
            plan.put("purpose", "紙の処理をなくす");
            plan.put("benefits", "処理時間の短縮");
            plan.put("assetIds", List.of());
            plan.put("serviceModel", "SAAS");
            plan.put("deployment", "PUBLIC");
            plan.put("dataLocations", List.of("JP"));
            Response created = client.post("/api/v1/initiatives", plan);
            assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
            return created.json().get("id").asString();
        }
    }
}
