package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The SLA through the API on a real contract in force: metrics, measurements as JSON and CSV, each atomic
 * refusal of an import, breaches recorded and told once, another organisation's contract 404, roles 403.
 */
class SlaIT extends ApplicationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Today in the organisation's calendar (Asia/Tokyo until the profile says otherwise). */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    /** The contract started on the first day of the month five months ago. */
    private static final LocalDate START = TODAY.withDayOfMonth(1).minusMonths(5);

    private static People shared;

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;
    private final BreachesHeard heard;
    private final SlaMeasurements measurements;

    @Autowired
    SlaIT(
            IdentityFixtures fixtures,
            AuditLedger ledger,
            JdbcClient jdbc,
            BreachesHeard heard,
            SlaMeasurements measurements) {
        this.measurements = measurements;
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.heard = heard;
    }

    @Test
    void metricsAndJsonMeasurementsGiveAttainmentCreditsAndABreachToldOnce() {
        People people = people();
        String contract = people.contractId();
        Response defined = people.officer()
                .post(
                        "/api/v1/contracts/" + contract + "/metrics",
                        Map.of(
                                "kind",
                                "AVAILABILITY",
                                "code",
                                "avail",
                                "target",
                                99.9,
                                "monthlyFee",
                                200000,
                                "creditTiers",
                                List.of(
                                        Map.of("threshold", 99.9, "creditPercent", 10),
                                        Map.of("threshold", 99.0, "creditPercent", 25))));
        assertThat(defined.status()).as(defined.json().toString()).isEqualTo(201);
        assertThat(defined.json().get("code").asString()).isEqualTo("AVAIL");
        assertThat(defined.json().get("direction").asString()).isEqualTo("AT_LEAST");
        assertThat(defined.json().get("aggregation").asString()).isEqualTo("MEAN");
        UUID metricId = UUID.fromString(defined.json().get("id").asString());

        // two months ago: 20 days at 100 % and one at 97.9 % → the mean is 99.9 (met); one more at 95 % breaks it
        LocalDate month = TODAY.withDayOfMonth(1).minusMonths(2);
        List<Map<String, Object>> values = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            values.add(measurement("AVAIL", month.plusDays(day - 1), "100"));
        }
        values.add(measurement("AVAIL", month.plusDays(20), "97.9"));
        Response met = people.officer()
                .post("/api/v1/contracts/" + contract + "/measurements", Map.of("measurements", values));
        assertThat(met.status()).as(met.json().toString()).isEqualTo(201);
        assertThat(met.json().get("measurements").asInt()).isEqualTo(21);
        assertThat(met.json().get("breaches").size()).isZero();

        Response missed = people.officer()
                .post(
                        "/api/v1/contracts/" + contract + "/measurements",
                        Map.of("measurements", List.of(measurement("avail", month.plusDays(21), "95"))));
        assertThat(missed.status()).as(missed.json().toString()).isEqualTo(201);
        JsonNode breach = missed.json().get("breaches").get(0);
        assertThat(breach.get("periodStart").asString()).isEqualTo(month.toString());
        // (20 × 100 + 97.9 + 95) / 22 = 99.6773
        assertThat(breach.get("attained").decimalValue()).isEqualByComparingTo("99.6773");
        assertThat(breach.get("creditPercent").decimalValue()).isEqualByComparingTo("10");
        assertThat(breach.get("creditDue").asLong()).isEqualTo(20_000L);
        assertThat(heard.of(metricId)).singleElement().satisfies(told -> {
            assertThat(told.contractId()).hasToString(contract);
            assertThat(told.initiativeId()).hasToString(people.initiativeId());
            assertThat(told.target()).isEqualByComparingTo("99.9");
            assertThat(told.attained()).isEqualByComparingTo("99.6773");
            assertThat(told.unit()).isEqualTo("%");
        });

        // a later value of the same month (the mean falls to 98.821): the breach follows it but is not told again
        Response later = people.owner()
                .post(
                        "/api/v1/contracts/" + contract + "/measurements",
                        Map.of("measurements", List.of(measurement("AVAIL", month.plusDays(22), "80"))));
        assertThat(later.status()).as(later.json().toString()).isEqualTo(201);
        assertThat(later.json().get("breaches").size()).isZero();
        assertThat(heard.of(metricId)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from sla_breach where metric_id = ?")
                        .param(metricId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        JsonNode detail = people.auditor()
                .get("/api/v1/contracts/" + contract + "/metrics/" + metricId)
                .json();
        JsonNode period = detail.get("periods").get(0);
        assertThat(period.get("breached").asBoolean()).isTrue();
        assertThat(period.get("closed").asBoolean()).isTrue();
        assertThat(period.get("creditPercent").decimalValue()).isEqualByComparingTo("25");
        assertThat(period.get("creditDue").asLong()).isEqualTo(50_000L);
        assertThat(detail.get("measurements").size()).isEqualTo(23);

        // the contract's SLA is shared with the other tests of this class: count this metric's entries
        List<LedgerEntry> entries = ledger.entries(people.organizationId(), SlaChange.SLA, contract, 0, 200)
                .entries();
        assertThat(entries.stream()
                        .filter(found -> found.action().equals("operation.slaMetric.defined")
                                && found.change().contains("\"AVAIL "))
                        .count())
                .isEqualTo(1);
        assertThat(entries.stream()
                        .filter(found -> found.action().equals("operation.slaBreach.detected")
                                && found.change().contains("\"AVAIL "))
                        .count())
                .isEqualTo(1);
        assertThat(entries.stream()
                        .filter(found -> found.action().equals("operation.slaMeasurements.recorded")
                                && found.change().contains("\"AVAIL\":"))
                        .count())
                .as("one entry per request, with the count per metric")
                .isEqualTo(3);

        JsonNode list = people.executive()
                .get("/api/v1/contracts/" + contract + "/metrics")
                .json();
        JsonNode status = null;
        for (JsonNode item : list.get("items")) {
            if (item.get("metric").get("code").asString().equals("AVAIL")) {
                status = item;
            }
        }
        assertThat(status.get("breaches").asInt()).isEqualTo(1);
        assertThat(status.get("creditsDue").asLong()).isEqualTo(50_000L);
    }

    @Test
    void aWorstValueMetricBreachesAtOnceAndTheDashboardShowsIt() {
        People people = people();
        String contract = people.contractId();
        Response defined = people.officer()
                .post(
                        "/api/v1/contracts/" + contract + "/metrics",
                        Map.of("kind", "SUPPORT_RESPONSE", "unit", "MINUTES", "target", 240));
        assertThat(defined.status()).as(defined.json().toString()).isEqualTo(201);
        assertThat(defined.json().get("code").asString()).isEqualTo("SUPPORT");
        UUID metricId = UUID.fromString(defined.json().get("id").asString());
        LocalDate day = TODAY.withDayOfMonth(1);
        Response slow = people.officer()
                .post(
                        "/api/v1/contracts/" + contract + "/measurements",
                        Map.of("measurements", List.of(measurement("SUPPORT", day, "300"))));
        assertThat(slow.status()).as(slow.json().toString()).isEqualTo(201);
        assertThat(slow.json().get("breaches").size())
                .as("one slow answer misses the month for good")
                .isEqualTo(1);
        assertThat(heard.of(metricId)).hasSize(1);

        JsonNode dashboard = people.auditor().get("/api/v1/service-levels").json();
        JsonNode row = null;
        for (JsonNode candidate : dashboard.get("rows")) {
            if (candidate.get("contract").get("id").asString().equals(contract)) {
                row = candidate;
            }
        }
        assertThat(row).as(dashboard.toString()).isNotNull();
        assertThat(row.get("breaches").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode support = null;
        for (JsonNode metric : row.get("metrics")) {
            if (metric.get("code").asString().equals("SUPPORT")) {
                support = metric;
            }
        }
        assertThat(support.get("current").get("attained").decimalValue()).isEqualByComparingTo("300");
        assertThat(support.get("current").get("met").asBoolean()).isFalse();
    }

    @Test
    void aCsvFileIsImportedWholeOrNotAtAll() throws Exception {
        People people = people();
        String contract = people.contractId();
        assertThat(people.officer()
                        .post(
                                "/api/v1/contracts/" + contract + "/metrics",
                                Map.of("kind", "RTO", "code", "RTO", "unit", "HOURS", "target", 4))
                        .status())
                .isEqualTo(201);
        assertThat(people.officer()
                        .post(
                                "/api/v1/contracts/" + contract + "/metrics",
                                Map.of(
                                        "kind",
                                        "CUSTOM",
                                        "code",
                                        "TICKETS",
                                        "name",
                                        "障害チケット",
                                        "customUnit",
                                        "件",
                                        "direction",
                                        "AT_MOST",
                                        "target",
                                        5))
                        .status())
                .isEqualTo(201);
        HttpResponse<String> template =
                download(people.officerToken(), "/api/v1/contracts/" + contract + "/measurements/template");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(template.body()).contains("RTO", "TICKETS", "障害チケット").endsWith("metric,date,value,note\n");

        LocalDate day = TODAY.withDayOfMonth(1).minusMonths(3);
        int before = count(contract);
        long importsBefore = imports(people, contract);
        String good = template.body()
                + "RTO," + day + ",2,復旧訓練\n"
                + "TICKETS," + day + ",3,\n"
                + "tickets," + day.plusDays(1).toString().replace('-', '/') + ",1,\"a, b\"\n";
        HttpResponse<String> imported = csv(people.officerToken(), contract, good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode result = BearerClient.JSON.readTree(imported.body());
        assertThat(result.get("measurements").asInt()).isEqualTo(3);
        assertThat(result.get("perMetric").get("TICKETS").asInt()).isEqualTo(2);
        int stored = count(contract);
        assertThat(stored).isEqualTo(before + 3);
        LedgerEntry entry = ledger.entries(people.organizationId(), SlaChange.SLA, contract, 0, 50).entries().stream()
                .filter(found -> found.action().equals("operation.slaMeasurements.recorded"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.change()).contains("\"slaMeasurements\":3", "\"slaSource\":\"SLA_SOURCE_CSV\"");

        String header = "metric,date,value,note\n";
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put(
                "wrong columns",
                ("metric,day,value\nRTO," + day.plusDays(5) + ",1\n").getBytes(StandardCharsets.UTF_8));
        refused.put("missing column", ("metric,date\nRTO," + day.plusDays(5) + "\n").getBytes(StandardCharsets.UTF_8));
        refused.put(
                "bad number",
                (header + "RTO," + day.plusDays(5) + ",1,\nRTO," + day.plusDays(6) + ",1,5,\nRTO," + day.plusDays(7)
                                + ",abc,\n")
                        .getBytes(StandardCharsets.UTF_8));
        refused.put(
                "before the start", (header + "RTO," + START.minusDays(1) + ",1,\n").getBytes(StandardCharsets.UTF_8));
        refused.put("in the future", (header + "RTO," + TODAY.plusDays(2) + ",1,\n").getBytes(StandardCharsets.UTF_8));
        refused.put("impossible date", (header + "RTO,2026-02-30,1,\n").getBytes(StandardCharsets.UTF_8));
        refused.put(
                "twice in the file",
                (header + "RTO," + day.plusDays(5) + ",1,\nRTO," + day.plusDays(5) + ",2,\n")
                        .getBytes(StandardCharsets.UTF_8));
        refused.put(
                "recorded before",
                (header + "RTO," + day.plusDays(8) + ",1,\nRTO," + day + ",1,\n").getBytes(StandardCharsets.UTF_8));
        refused.put("empty", new byte[0]);
        refused.put("not CSV", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("wrong columns", List.of("lines[1].day", "lines[1].date"));
        fields.put("missing column", List.of("lines[1].value"));
        fields.put("bad number", List.of("lines[3]", "lines[4].value"));
        fields.put("before the start", List.of("lines[2].date"));
        fields.put("in the future", List.of("lines[2].date"));
        fields.put("impossible date", List.of("lines[2].date"));
        fields.put("twice in the file", List.of("lines[3].date"));
        fields.put("recorded before", List.of("lines[3].date"));
        fields.put("empty", List.of("file"));
        fields.put("not CSV", List.of("file"));
        for (Map.Entry<String, byte[]> file : refused.entrySet()) {
            HttpResponse<String> answer = csv(people.officerToken(), contract, file.getValue());
            assertThat(answer.statusCode())
                    .as(file.getKey() + ": " + answer.body())
                    .isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            JsonNode problem = BearerClient.JSON.readTree(answer.body());
            List<String> named = new ArrayList<>();
            problem.get("errors").forEach(error -> named.add(error.get("field").asString()));
            assertThat(named).as(file.getKey()).containsExactlyElementsOf(fields.get(file.getKey()));
            assertThat(count(contract)).as(file.getKey() + ": nothing imported").isEqualTo(stored);
        }
        HttpResponse<String> english = csv(people.officerToken(), contract, refused.get("before the start"), "en");
        assertThat(BearerClient.JSON
                        .readTree(english.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .startsWith("Line 2, column date: ")
                .contains("before the contract’s start");
        HttpResponse<String> japanese = csv(people.officerToken(), contract, refused.get("before the start"), "ja");
        assertThat(BearerClient.JSON
                        .readTree(japanese.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .startsWith("2 行目、date 列: ")
                .contains("契約開始日");

        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooLarge = csv(people.officerToken(), contract, huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(BearerClient.JSON.readTree(tooLarge.body()).get("code").asString())
                .isEqualTo("sla.import.error.tooLarge");
        assertThat(count(contract)).isEqualTo(stored);
        assertThat(imports(people, contract))
                .as("one ledger entry per import, none for refusals")
                .isEqualTo(importsBefore + 1);
    }

    @Test
    void badMetricsAreRefusedNamingTheField() {
        People people = people();
        String path = "/api/v1/contracts/" + people.contractId() + "/metrics";
        assertThat(people.officer().post(path, Map.of("target", 99)).errorFields())
                .containsExactly("kind");
        assertThat(people.officer()
                        .post(path, Map.of("kind", "AVAILABILITY", "target", 101))
                        .errorFields())
                .containsExactly("target");
        assertThat(people.officer()
                        .post(path, Map.of("kind", "AVAILABILITY", "target", 99, "direction", "AT_MOST"))
                        .errorFields())
                .containsExactly("direction");
        assertThat(people.officer()
                        .post(path, Map.of("kind", "CUSTOM", "target", 1, "customUnit", "件"))
                        .errorFields())
                .containsExactly("name");
        assertThat(people.officer()
                        .post(
                                path,
                                Map.of(
                                        "kind",
                                        "AVAILABILITY",
                                        "target",
                                        99.9,
                                        "creditTiers",
                                        List.of(Map.of("threshold", 99.95, "creditPercent", 10))))
                        .errorFields())
                .containsExactly("creditTiers[0].threshold");
        assertThat(people.officer()
                        .post(path, Map.of("kind", "RPO", "code", "bad code!", "target", 1))
                        .errorFields())
                .containsExactly("code");
        Response first = people.officer().post(path, Map.of("kind", "RPO", "target", 60));
        assertThat(first.status()).isEqualTo(201);
        Response again = people.officer().post(path, Map.of("kind", "RPO", "code", "RPO", "target", 60));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorFields()).containsExactly("code");
        Response second = people.officer().post(path, Map.of("kind", "RPO", "target", 30));
        assertThat(second.json().get("code").asString()).isEqualTo("RPO-2");

        String metric = path + "/" + first.json().get("id").asString();
        Response changed = people.owner().put(metric, Map.of("version", 1, "target", 45, "period", "QUARTERLY"));
        assertThat(changed.status()).as(changed.json().toString()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(2);
        assertThat(people.owner()
                        .put(metric, Map.of("version", 1, "target", 40))
                        .status())
                .isEqualTo(409);
        assertThat(people.owner()
                        .put(metric, Map.of("version", 2, "kind", "RTO", "target", 40))
                        .errorFields())
                .containsExactly("kind");
        assertThat(people.owner()
                        .send(org.springframework.http.HttpMethod.DELETE, metric + "?version=2", null)
                        .status())
                .isEqualTo(204);
        assertThat(people.owner().get(metric).status()).isEqualTo(404);
    }

    @Test
    void anotherOrganisationGets404AndReadersMayNotEnter() throws Exception {
        People people = people();
        String contract = people.contractId();
        People stranger = strangers();
        String metrics = "/api/v1/contracts/" + contract + "/metrics";
        assertThat(stranger.officer().get(metrics).status()).isEqualTo(404);
        assertThat(stranger.officer()
                        .post(metrics, Map.of("kind", "AVAILABILITY", "target", 99))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.officer()
                        .post(
                                "/api/v1/contracts/" + contract + "/measurements",
                                Map.of("measurements", List.of(measurement("AVAILABILITY", TODAY.minusDays(1), "99"))))
                        .status())
                .isEqualTo(404);
        assertThat(csv(stranger.officerToken(), contract, "metric,date,value\n".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.officer()
                        .get("/api/v1/contracts/" + contract + "/measurements/template")
                        .status())
                .isEqualTo(404);

        Response asAuditor = people.auditor().post(metrics, Map.of("kind", "AVAILABILITY", "target", 99));
        assertThat(asAuditor.status()).isEqualTo(403);
        assertThat(asAuditor.isProblem()).isTrue();
        assertThat(people.executive()
                        .post(
                                "/api/v1/contracts/" + contract + "/measurements",
                                Map.of("measurements", List.of(measurement("AVAILABILITY", TODAY.minusDays(1), "99"))))
                        .status())
                .isEqualTo(403);
        assertThat(people.auditor().get(metrics).status()).isEqualTo(200);
    }

    private long imports(People people, String contract) {
        return ledger.entries(people.organizationId(), SlaChange.SLA, contract, 0, 500).entries().stream()
                .filter(found -> found.action().equals("operation.slaMeasurements.recorded"))
                .count();
    }

    private int count(String contract) {
        return jdbc.sql("""
                        select count(*) from sla_measurement s join sla_metric m on m.id = s.metric_id
                        where m.contract_id = ?""")
                .param(UUID.fromString(contract))
                .query(Integer.class)
                .single();
    }

    private static Map<String, Object> measurement(String metric, LocalDate day, String value) {
        return Map.of("metric", metric, "date", day.toString(), "value", new java.math.BigDecimal(value));
    }

    private HttpResponse<String> csv(String token, String contract, byte[] body)
            throws IOException, InterruptedException {
        return csv(token, contract, body, "ja");
    }

    private HttpResponse<String> csv(String token, String contract, byte[] body, String language)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(url("/api/v1/contracts/" + contract + "/measurements?fileName=sla.csv")))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/csv; charset=utf-8")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> download(String token, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One organisation with a contract in force (started five months ago), made once for the class. */
    /**
     * A month whose values were all recorded before it ended is judged by the daily sweep once it has ended,
     * although no later measurement arrives: the breach is recorded and its finding raised, once.
     */
    @Test
    void anEndedPeriodWithoutLaterMeasurementsIsJudgedByTheDailySweep() {
        People people = people();
        String contract = people.contractId();
        Response defined = people.officer()
                .post(
                        "/api/v1/contracts/" + contract + "/metrics",
                        Map.of("kind", "AVAILABILITY", "code", "SWEPT", "target", 99.5));
        assertThat(defined.status()).as(defined.json().toString()).isEqualTo(201);
        UUID metricId = UUID.fromString(defined.json().get("id").asString());
        // stored while the month was still running (so nothing could be judged then): ten days at 97 %
        LocalDate month = TODAY.withDayOfMonth(1).minusMonths(3);
        UUID importId = UUID.randomUUID();
        jdbc.sql("""
                        insert into sla_import (id, organization_id, contract_id, source, measurements, imported_at)
                        values (?, ?, ?, 'JSON', 10, now())""")
                .params(importId, people.organizationId(), UUID.fromString(contract))
                .update();
        for (int day = 0; day < 10; day++) {
            jdbc.sql("""
                            insert into sla_measurement (metric_id, organization_id, measured_on, value, import_id)
                            values (?, ?, ?, 97, ?)""")
                    .params(metricId, people.organizationId(), month.plusDays(day), importId)
                    .update();
        }
        assertThat(breachesOf(metricId)).isZero();

        assertThat(measurements.judgeEndedPeriods(people.organizationId())).isGreaterThanOrEqualTo(1);
        assertThat(breachesOf(metricId)).isOne();
        assertThat(jdbc.sql("select count(*) from operation_finding where metric_id = ? and period_start = ?")
                        .params(metricId, month)
                        .query(Integer.class)
                        .single())
                .isOne();

        assertThat(measurements.judgeEndedPeriods(people.organizationId())).isZero();
        assertThat(breachesOf(metricId)).isOne();
        assertThat(jdbc.sql("select count(*) from operation_finding where metric_id = ?")
                        .param(metricId)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    private int breachesOf(UUID metricId) {
        return jdbc.sql("select count(*) from sla_breach where metric_id = ?")
                .param(metricId)
                .query(Integer.class)
                .single();
    }

    private People people() {
        synchronized (SlaIT.class) {
            if (shared == null) {
                People people = strangers();
                ContractWork.InApplication applying = ContractWork.inApplication(people.team(), "稼働監視SaaS");
                Map<String, Object> record = new LinkedHashMap<>(ContractWork.record());
                record.put("startsOn", START.toString());
                String contractId = ContractWork.contract(people.officer(), applying.initiativeId(), record);
                ContractWork.approveApplication(people.team(), applying.initiativeId());
                ContractWork.move(people.team(), applying.initiativeId(), "OPERATION");
                shared = people.with(applying.initiativeId(), contractId);
            }
            return shared;
        }
    }

    private People strangers() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        String officerToken = fixtures.token(officer);
        return new People(
                organization,
                new ContractWork.Team(
                        new BearerClient(url(""), officerToken),
                        new BearerClient(url(""), fixtures.token(executive)),
                        officer.userId(),
                        owner.userId()),
                officerToken,
                new BearerClient(url(""), fixtures.token(owner)),
                new BearerClient(url(""), fixtures.token(auditor)),
                null,
                null);
    }

    private record People(
            UUID organizationId,
            ContractWork.Team team,
            String officerToken,
            BearerClient owner,
            BearerClient auditor,
            String initiativeId,
            String contractId) {

        BearerClient officer() {
            return team.officer();
        }

        BearerClient executive() {
            return team.executive();
        }

        People with(String initiative, String contract) {
            return new People(organizationId, team, officerToken, owner, auditor, initiative, contract);
        }
    }
}
