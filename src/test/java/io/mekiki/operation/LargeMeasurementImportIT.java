package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.ContractWork;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 100,000 measurements (50 metrics × 2,000 days) imported from one CSV file through the API, in one transaction:
 * every row is recorded. The time it took is printed for docs/benchmarks.md; it is a figure, not an assertion
 * (speed is proven by benchmarks, see tools/benchmark/service-levels.sh).
 */
class LargeMeasurementImportIT extends ApplicationTest {

    private final IdentityFixtures fixtures;

    @Autowired
    LargeMeasurementImportIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void aHundredThousandMeasurementsImportAsOneFile() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        String token = fixtures.token(officer);
        BearerClient api = new BearerClient(url(""), token);
        ContractWork.Team team = new ContractWork.Team(
                api, new BearerClient(url(""), fixtures.token(executive)), officer.userId(), owner.userId());
        ContractWork.InApplication applying = ContractWork.inApplication(team, "大量取込み");
        LocalDate start = LocalDate.of(2020, 1, 1);
        Map<String, Object> record = new LinkedHashMap<>(ContractWork.record());
        record.put("startsOn", start.toString());
        String contract = ContractWork.contract(api, applying.initiativeId(), record);
        for (int metric = 0; metric < 50; metric++) {
            assertThat(api.post(
                                    "/api/v1/contracts/" + contract + "/metrics",
                                    Map.of("kind", "AVAILABILITY", "code", "M" + metric, "target", 99.5))
                            .status())
                    .isEqualTo(201);
        }
        StringBuilder csv = new StringBuilder(4_500_000).append("metric,date,value,note\n");
        for (int day = 0; day < 2_000; day++) {
            String date = start.plusDays(day).toString();
            for (int metric = 0; metric < 50; metric++) {
                csv.append('M').append(metric).append(',').append(date).append(',');
                csv.append(day % 97 == 0 ? "98.25" : "99.99").append(",\n");
            }
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/contracts/" + contract + "/measurements")))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode result = BearerClient.JSON.readTree(answer.body());
        assertThat(result.get("measurements").asInt()).isEqualTo(100_000);
        System.out.printf(
                "SLA import: 100,000 measurements, %,d bytes, %d ms end to end, %d ms in the service, %d breaches%n",
                body.length,
                millis,
                result.get("millis").asLong(),
                result.get("breaches").size());
    }
}
