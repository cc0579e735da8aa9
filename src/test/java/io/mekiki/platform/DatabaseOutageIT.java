package io.mekiki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.assets.AssetChange;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The operator's worst day: the embedded PostgreSQL dies while Mekiki serves requests. Runs on an
 * application and database of its own, since it kills that database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageIT {

    private static final Path DATA_DIRECTORY = ApplicationTest.temporaryDirectory("mekiki-outage-");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("mekiki.data-dir", DATA_DIRECTORY::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    IdentityFixtures identities;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void everyAcknowledgedWriteAndItsLedgerEntrySurviveTheDatabaseBeingKilledUnderLoad() throws Exception {
        MekikiUser officer = identities.userInNewOrganization(Role.RISK_OFFICER, Role.AUDITOR);
        String token = identities.token(officer);
        ApiCaller api = new ApiCaller(port);
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> refusals = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            int number = writer;
            refusals.add(writers.submit(() -> write(api, token, number, writing, acknowledged)));
        }

        awaitTrue(() -> acknowledged.size() >= 40, Duration.ofSeconds(60), "writes before the kill");
        int beforeKill = acknowledged.size();
        EmbeddedDatabaseIT.killServer(database);
        awaitTrue(() -> !readiness().equals("UP"), Duration.ofSeconds(10), "readiness going down");
        awaitTrue(() -> readiness().equals("UP"), Duration.ofSeconds(60), "readiness back up");
        int afterRecovery = acknowledged.size();
        awaitTrue(() -> acknowledged.size() >= afterRecovery + 40, Duration.ofSeconds(60), "writes after recovery");
        writing.set(false);
        writers.shutdown();
        int refused = 0;
        for (Future<Integer> writer : refusals) {
            refused += writer.get();
        }

        assertThat(beforeKill).isPositive();
        List<String> written = List.copyOf(acknowledged);
        for (String id : written) {
            assertThat(api.get("/api/v1/assets/" + id, token).statusCode())
                    .as("asset %s was acknowledged", id)
                    .isEqualTo(200);
            JsonNode entries = ApiCaller.body(
                    api.get("/api/v1/audit/entries?subjectType=" + AssetChange.ASSET + "&subjectId=" + id, token));
            assertThat(entries.get("total").asLong())
                    .as("ledger entry of asset %s", id)
                    .isEqualTo(1);
        }
        JsonNode verification = ApiCaller.body(api.get("/api/v1/audit/verify", token));
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asLong()).isGreaterThanOrEqualTo(written.size());
        assertThat(refused)
                .as("requests during the outage were refused, not acknowledged")
                .isPositive();
    }

    @Test
    void whileTheDatabaseIsGoneReadinessIsDownRequestsFailFastAndItComesBackWithTheData() throws Exception {
        MekikiUser officer = identities.userInNewOrganization(Role.RISK_OFFICER);
        String token = identities.token(officer);
        ApiCaller api = new ApiCaller(port);
        String id = ApiCaller.body(api.post("/api/v1/assets", token, ApiCaller.json(asset("before the outage"))))
                .get("id")
                .asString();
        assertThat(readiness()).isEqualTo("UP");

        // The directory disappears with the server (a lost disk): Mekiki must neither start an empty
        // database in its place nor accept work until it is back.
        Path postgres = DATA_DIRECTORY.resolve("postgres");
        Path away = DATA_DIRECTORY.resolve("postgres-unmounted");
        Files.move(postgres, away);
        EmbeddedDatabaseIT.killServer(database);
        long killed = System.nanoTime();
        awaitTrue(() -> readiness().equals("DOWN"), Duration.ofSeconds(10), "readiness going down");
        assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(10));

        long asked = System.nanoTime();
        HttpResponse<String> me = api.get("/api/v1/me", token);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(3));
        assertThat(me.statusCode()).isEqualTo(503);
        assertThat(ApiCaller.contentType(me)).startsWith(ApiCaller.PROBLEM_JSON);
        assertThat(me.headers().firstValue("Retry-After")).isPresent();
        assertThat(ApiCaller.body(me).get("status").asInt()).isEqualTo(503);
        assertThat(ApiCaller.body(me).get("title").asString()).isNotBlank();

        HttpResponse<String> write = api.post("/api/v1/assets", token, ApiCaller.json(asset("during the outage")));
        assertThat(write.statusCode()).isEqualTo(503);

        HttpResponse<String> login = page("/login", "en");
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(login.body()).contains("Mekiki is briefly unavailable");
        assertThat(page("/login", "ja").body()).contains("ただいま一時的にご利用いただけません");
        assertThat(status("/actuator/health/liveness")).isEqualTo(200);
        assertThat(postgres).as("no empty database was started in its place").doesNotExist();

        Files.move(away, postgres);
        awaitTrue(() -> readiness().equals("UP"), Duration.ofSeconds(60), "readiness back up");
        assertThat(api.get("/api/v1/me", token).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/assets/" + id, token).statusCode()).isEqualTo(200);
        assertThat(page("/login", "en").statusCode()).isEqualTo(200);
        JsonNode names = ApiCaller.body(api.get("/api/v1/assets", token)).get("items");
        assertThat(names.findValuesAsString("name")).containsExactly("before the outage");
    }

    private static int write(
            ApiCaller api, String token, int writer, AtomicBoolean writing, List<String> acknowledged) {
        int refused = 0;
        for (int n = 0; writing.get(); n++) {
            try {
                HttpResponse<String> response =
                        api.post("/api/v1/assets", token, ApiCaller.json(asset("writer " + writer + " asset " + n)));
                if (response.statusCode() == 201) {
                    acknowledged.add(ApiCaller.body(response).get("id").asString());
                } else {
                    refused++;
                    Thread.sleep(20);
                }
            } catch (RuntimeException e) {
                refused++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return refused;
            }
        }
        return refused;
    }

    private String readiness() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().contains("\"UP\"") ? "UP" : response.body().contains("DOWN") ? "DOWN" : "?";
        } catch (Exception e) {
            return "unreachable";
        }
    }

    private int status(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpResponse<String> page(String path, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void awaitTrue(BooleanSupplier condition, Duration patience, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + patience.toSeconds() + " s for " + what);
            }
            Thread.sleep(25);
        }
    }

    private static Map<String, Object> asset(String name) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("name", name);
        asset.put("ownerDepartment", "情報システム部");
        asset.put("categories", List.of("OTHER"));
        asset.put("assetValue", "MEDIUM");
        asset.put("riskTolerance", "MEDIUM");
        return asset;
    }
}
