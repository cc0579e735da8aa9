package io.mekiki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.BearerClient;
import io.mekiki.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the browser tests on the demo application (started in-test) do alike: tokens, sign-in, approvals. */
final class DemoSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoSession() {}

    /** A personal API token of a demo user, made through the API as a client would. */
    static String token(String base, String email, String password, String tokenName) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                        Map.of("email", email, "password", password, "name", tokenName))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("token").asString();
    }

    static void signIn(Browser browser, String base, String email, String password) {
        browser.open(base + "/login");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), password);
        browser.click(By.cssSelector("button[type=submit].primary"));
        browser.find(By.cssSelector("#home-panels, .home-panels"));
    }

    /** The executive approves the decision on its page, with the rationale. */
    static void approveOnThePage(Browser executive, String base, String decision, String rationale) {
        executive.open(base + "/decisions/" + decision);
        executive.click(By.cssSelector("input[name=outcome][value=APPROVED]"));
        executive.type(By.id("rationale"), rationale);
        executive.click(By.cssSelector("form[action$='/decision'] button[type=submit]"));
        executive.find(By.cssSelector(".decision-outcome .badge.outcome-APPROVED"));
    }

    /** The demo's initiative in comparison and selection. */
    static String designInitiative(BearerClient officer) {
        for (JsonNode initiative :
                officer.get("/api/v1/initiatives?size=100").json().get("items")) {
            if (initiative.get("title").asString().contains("Design data sharing")) {
                return initiative.get("id").asString();
            }
        }
        throw new AssertionError("the demo's initiative in selection is missing");
    }
}
