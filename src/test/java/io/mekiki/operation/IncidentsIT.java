package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.shared.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Incidents and operation findings through the API: recording with its clocks, refusals that change nothing,
 * roles and other organisations, a breach raising one finding once, and a significant finding holding the
 * initiative in operation until an executive approves the decision on its response.
 */
class IncidentsIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AuditLedger ledger;

    @Autowired
    IncidentsIT(
            IdentityFixtures fixtures,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            AuditLedger ledger) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.ledger = ledger;
    }

    @Test
    void aPersonalDataLeakIsRecordedWithItsClocksAndAReportMarkedSentStopsItsClock() {
        Team team = team();
        Operating operating = operating(team);
        Instant aware = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Map<String, Object> body = leak(operating, aware);
        Response recorded = team.owner.post("/api/v1/incidents", body);
        assertThat(recorded.status()).as(recorded.json().toString()).isEqualTo(201);
        JsonNode incident = recorded.json();
        assertThat(incident.get("code").asString()).startsWith("IN-");
        assertThat(incident.get("status").asString()).isEqualTo("OPEN");
        assertThat(incident.get("affectedAssetIds").get(0).asString()).isEqualTo(operating.assetId);

        JsonNode clocks = incident.get("clocks");
        assertThat(clocks.get("rulesId").asString()).isEqualTo("2026.1");
        List<String> owed = new ArrayList<>();
        clocks.get("clocks")
                .forEach(clock -> owed.add(clock.get("ruleId").asString() + "/"
                        + clock.get("reportId").asString()));
        assertThat(owed).containsExactly("APPI_BREACH/QUICK", "APPI_BREACH/FINAL");
        JsonNode quick = clocks.get("clocks").get(0);
        LocalDate awareDay = aware.atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate();
        assertThat(quick.get("dueDate").asString())
                .isEqualTo(awareDay.plusDays(5).toString());
        assertThat(quick.get("state").asString()).isEqualTo("RUNNING");
        assertThat(quick.get("secondsLeft").asLong()).isPositive();
        assertThat(quick.get("rule").get("en").asString()).contains("Personal Information Protection Commission");
        assertThat(clocks.get("clocks").get(1).get("withinDays").asInt())
                .as("an unauthorised purpose: sixty days")
                .isEqualTo(60);

        String id = incident.get("id").asString();
        Response sent = team.officer.post(
                "/api/v1/incidents/" + id + "/reports",
                Map.of(
                        "ruleId",
                        "APPI_BREACH",
                        "reportId",
                        "QUICK",
                        "sentOn",
                        awareDay.toString(),
                        "reference",
                        "PPC-2026-0001"));
        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(200);
        JsonNode sentQuick = sent.json().get("clocks").get("clocks").get(0);
        assertThat(sentQuick.get("state").asString()).isEqualTo("SENT");
        assertThat(sentQuick.get("sent").get("reference").asString()).isEqualTo("PPC-2026-0001");

        Response again = team.officer.post(
                "/api/v1/incidents/" + id + "/reports",
                Map.of("ruleId", "APPI_BREACH", "reportId", "QUICK", "sentOn", awareDay.toString(), "reference", "x"));
        assertThat(again.status()).isEqualTo(409);
        Response notOwed = team.officer.post(
                "/api/v1/incidents/" + id + "/reports",
                Map.of(
                        "ruleId",
                        "MY_NUMBER_BREACH",
                        "reportId",
                        "QUICK",
                        "sentOn",
                        awareDay.toString(),
                        "reference",
                        "x"));
        assertThat(notOwed.status()).isEqualTo(400);
        assertThat(notOwed.errorFields()).containsExactly("reportId");
        Response early = team.officer.post(
                "/api/v1/incidents/" + id + "/reports",
                Map.of(
                        "ruleId",
                        "APPI_BREACH",
                        "reportId",
                        "FINAL",
                        "sentOn",
                        awareDay.minusDays(1).toString(),
                        "reference",
                        "x"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorFields()).containsExactly("sentOn");

        // the auditor reads, the ledger says what happened in business terms
        assertThat(team.auditor.get("/api/v1/incidents/" + id).status()).isEqualTo(200);
        assertThat(actions(team, "INCIDENT", id))
                .as("newest first")
                .containsExactly("operation.incident.report-sent", "operation.incident.recorded");

        // closing needs a summary, then the incident is closed for good
        Response noSummary = team.owner.post("/api/v1/incidents/" + id + "/closing", Map.of("summary", " "));
        assertThat(noSummary.status()).isEqualTo(400);
        assertThat(noSummary.errorFields()).containsExactly("summary");
        assertThat(team.owner
                        .post("/api/v1/incidents/" + id + "/closing", Map.of("summary", "Access revoked, persons told"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CLOSED");
        Map<String, Object> revised = new LinkedHashMap<>(body);
        revised.put("version", 3);
        assertThat(team.owner.put("/api/v1/incidents/" + id, revised).status()).isEqualTo(409);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        Team team = team();
        Operating operating = operating(team);
        Instant aware = Instant.now().minus(1, ChronoUnit.HOURS);
        long before = count(team);

        Map<String, Object> future = leak(operating, aware);
        future.put("awareAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        assertRefused(team.officer.post("/api/v1/incidents", future), "awareAt");

        Map<String, Object> foreignAsset = leak(operating, aware);
        foreignAsset.put("affectedAssetIds", List.of(UUID.randomUUID().toString()));
        assertRefused(team.officer.post("/api/v1/incidents", foreignAsset), "affectedAssetIds[0]");

        Map<String, Object> noTitle = leak(operating, aware);
        noTitle.put("title", "");
        assertRefused(team.officer.post("/api/v1/incidents", noTitle), "title");

        Map<String, Object> badType = leak(operating, aware);
        badType.put("type", "EARTHQUAKE");
        Response type = team.officer.post("/api/v1/incidents", badType);
        assertThat(type.status()).isEqualTo(400);

        Map<String, Object> ended = leak(operating, aware);
        ended.put("endedAt", aware.minus(3, ChronoUnit.DAYS).toString());
        assertRefused(team.officer.post("/api/v1/incidents", ended), "endedAt");

        Map<String, Object> persons = leak(operating, aware);
        persons.put("affectedPersons", -1);
        assertRefused(team.officer.post("/api/v1/incidents", persons), "affectedPersons");

        Map<String, Object> otherInitiative = leak(operating, aware);
        otherInitiative.put("initiativeId", operating(team()).initiativeId);
        assertRefused(team.officer.post("/api/v1/incidents", otherInitiative), "initiativeId");

        Map<String, Object> tooLong = leak(operating, aware);
        tooLong.put("title", "x".repeat(201));
        assertRefused(team.officer.post("/api/v1/incidents", tooLong), "title");

        // an initiative still in preparation has no incidents yet
        String preparing = initiative(team, List.of());
        Map<String, Object> early = leak(operating, aware);
        early.put("initiativeId", preparing);
        early.put("affectedAssetIds", List.of());
        assertThat(team.officer.post("/api/v1/incidents", early).status()).isEqualTo(409);

        assertThat(count(team)).as("nothing saved").isEqualTo(before);
    }

    @Test
    void onlyPlannersRecordAndAnotherOrganisationsIncidentIsNotFound() {
        Team team = team();
        Operating operating = operating(team);
        Map<String, Object> body = leak(operating, Instant.now().minus(2, ChronoUnit.HOURS));

        assertThat(team.executive.post("/api/v1/incidents", body).status()).isEqualTo(403);
        assertThat(team.auditor.post("/api/v1/incidents", body).status()).isEqualTo(403);
        String id =
                team.officer.post("/api/v1/incidents", body).json().get("id").asString();

        Team stranger = team();
        assertThat(stranger.officer.get("/api/v1/incidents/" + id).status()).isEqualTo(404);
        assertThat(stranger.officer
                        .post("/api/v1/incidents/" + id + "/closing", Map.of("summary", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.officer.get("/api/v1/incidents").json().get("total").asLong())
                .isZero();
        assertThat(team.auditor
                        .get("/api/v1/incidents?initiativeId=" + operating.initiativeId)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aBreachRaisesOneFindingPerMetricAndPeriodHoweverOftenItIsTold() {
        Team team = team();
        Operating operating = operating(team);
        UUID metric = UUID.randomUUID();
        SlaBreached breach = new SlaBreached(
                team.organizationId(),
                new Actor(team.officerUser.userId().toString(), "Officer"),
                UUID.fromString(operating.initiativeId),
                UUID.randomUUID(),
                metric,
                "Availability",
                "%",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                new BigDecimal("99.90"),
                new BigDecimal("99.20"));

        transactions.executeWithoutResult(status -> events.publishEvent(breach));
        transactions.executeWithoutResult(status -> events.publishEvent(breach));

        JsonNode found = team.auditor
                .get("/api/v1/operation-findings?initiativeId=" + operating.initiativeId)
                .json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        JsonNode finding = found.get("items").get(0);
        assertThat(finding.get("source").asString()).isEqualTo("SLA_BREACH");
        assertThat(finding.get("metricId").asString()).isEqualTo(metric.toString());
        assertThat(finding.get("periodStart").asString()).isEqualTo("2026-11-01");
        assertThat(finding.get("description").asString()).contains("99.2 %").contains("99.9 %");
        assertThat(actions(team, "OPERATION_FINDING", finding.get("id").asString()))
                .containsExactly("operation.finding.raised");

        SlaBreached nextPeriod = new SlaBreached(
                breach.organizationId(),
                breach.actor(),
                breach.initiativeId(),
                breach.contractId(),
                metric,
                "Availability",
                "%",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                breach.target(),
                breach.attained());
        transactions.executeWithoutResult(status -> events.publishEvent(nextPeriod));
        assertThat(team.auditor
                        .get("/api/v1/operation-findings?initiativeId=" + operating.initiativeId)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void aFindingFromAnIncidentGetsItsCorrectiveActionWithAnOwnerOfTheOrganisation() {
        Team team = team();
        Operating operating = operating(team);
        String incident = team.officer
                .post("/api/v1/incidents", leak(operating, Instant.now().minus(1, ChronoUnit.HOURS)))
                .json()
                .get("id")
                .asString();
        Response raised = team.officer.post(
                "/api/v1/operation-findings",
                Map.of(
                        "incidentId",
                        incident,
                        "title",
                        "Access keys kept in a shared drive",
                        "significance",
                        "MODERATE"));
        assertThat(raised.status()).as(raised.json().toString()).isEqualTo(201);
        JsonNode finding = raised.json();
        assertThat(finding.get("source").asString()).isEqualTo("INCIDENT");
        assertThat(finding.get("initiativeId").asString()).isEqualTo(operating.initiativeId);
        String id = finding.get("id").asString();

        Map<String, Object> planned = new LinkedHashMap<>();
        planned.put("title", "Access keys kept in a shared drive");
        planned.put("rootCause", "No vault for keys");
        planned.put("countermeasure", "Move keys to the vault, rotate them");
        planned.put("status", "COUNTERMEASURE_PLANNED");
        planned.put("significance", "MODERATE");
        planned.put("dueDate", LocalDate.now().plusDays(30).toString());
        planned.put("version", 1);
        planned.put("ownerId", UUID.randomUUID().toString());
        assertRefused(team.officer.put("/api/v1/operation-findings/" + id, planned), "ownerId");
        planned.put("ownerId", team.stranger().toString());
        assertRefused(team.officer.put("/api/v1/operation-findings/" + id, planned), "ownerId");
        planned.put("ownerId", team.ownerUser.userId().toString());
        planned.remove("dueDate");
        assertRefused(team.officer.put("/api/v1/operation-findings/" + id, planned), "dueDate");
        planned.put("dueDate", LocalDate.now().minusDays(3).toString());
        assertRefused(team.officer.put("/api/v1/operation-findings/" + id, planned), "dueDate");
        planned.put("dueDate", LocalDate.now().plusDays(30).toString());
        Response saved = team.officer.put("/api/v1/operation-findings/" + id, planned);
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        assertThat(saved.json().get("owner").asString()).contains(team.ownerUser.displayName());
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);
        assertThat(team.officer.put("/api/v1/operation-findings/" + id, planned).status())
                .as("the version read is old")
                .isEqualTo(409);
        assertThat(team.auditor
                        .get("/api/v1/operation-findings?incidentId=" + incident)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    private List<String> actions(Team team, String subjectType, String subjectId) {
        return ledger.entries(team.organizationId(), subjectType, subjectId, 0, 100).entries().stream()
                .map(io.mekiki.audit.LedgerEntry::action)
                .toList();
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        assertThat(response.errorFields()).as(response.json().toString()).containsExactly(field);
    }

    private long count(Team team) {
        return jdbc.sql("select count(*) from operation_incident where organization_id = ?")
                .param(team.organizationId())
                .query(Long.class)
                .single();
    }

    static Map<String, Object> leak(Operating operating, Instant aware) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("initiativeId", operating.initiativeId);
        body.put("type", "PERSONAL_DATA_LEAK");
        body.put("severity", "HIGH");
        body.put("title", "Customer list reachable through a shared link");
        body.put("startedAt", aware.minus(2, ChronoUnit.DAYS).toString());
        body.put("awareAt", aware.toString());
        body.put("impact", "About 300 customers' names and addresses");
        body.put("affectedAssetIds", List.of(operating.assetId));
        body.put("facts", List.of("UNAUTHORISED_PURPOSE"));
        body.put("affectedPersons", 300);
        return body;
    }

    /**
     * An initiative in service-level management, holding one asset. Its earlier phases are not the subject here:
     * the initiative is created through the API and put in operation directly (the contract fixture of the
     * contract module takes over once it is on main).
     */
    Operating operating(Team team) {
        Response asset = team.officer.post(
                "/api/v1/assets",
                Map.of(
                        "name",
                        "Customer list " + UUID.randomUUID(),
                        "categories",
                        List.of("PERSONAL_DATA"),
                        "assetValue",
                        "HIGH",
                        "riskTolerance",
                        "LOW"));
        assertThat(asset.status()).as(asset.json().toString()).isEqualTo(201);
        String assetId = asset.json().get("id").asString();
        String id = initiative(team, List.of(assetId));
        jdbc.sql("update initiative_initiative set phase = 'OPERATION', year = 1, year_started_at = now() where id = ?")
                .param(UUID.fromString(id))
                .update();
        return new Operating(id, assetId);
    }

    private String initiative(Team team, List<String> assetIds) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", "Customer service SaaS " + UUID.randomUUID());
        plan.put("businessOwnerId", team.ownerUser.userId().toString());
        plan.put("purpose", "Answer customers faster");
        plan.put("benefits", "Shorter answers");
        plan.put("assetIds", assetIds);
        plan.put("serviceModel", "SAAS");
        plan.put("deployment", "PUBLIC");
        plan.put("dataLocations", List.of("JP"));
        Response created = team.officer.post("/api/v1/initiatives", plan);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    record Operating(String initiativeId, String assetId) {}

    Team team() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        return new Team(
                officer,
                owner,
                executive,
                client(officer),
                client(owner),
                client(executive),
                client(auditor),
                fixtures);
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    record Team(
            MekikiUser officerUser,
            MekikiUser ownerUser,
            MekikiUser executiveUser,
            BearerClient officer,
            BearerClient owner,
            BearerClient executive,
            BearerClient auditor,
            IdentityFixtures fixtures) {

        UUID organizationId() {
            return officerUser.organizationId();
        }

        /** A person of another organisation. */
        UUID stranger() {
            return fixtures.userInNewOrganization(Role.RISK_OFFICER).userId();
        }
    }
}
