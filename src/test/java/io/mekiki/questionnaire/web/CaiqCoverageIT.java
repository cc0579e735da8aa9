package io.mekiki.questionnaire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The coverage of the bundled CAIQ mapping, through the API and on the catalogue's CAIQ page (ADR 042). */
class CaiqCoverageIT extends ApplicationTest {

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void theApiListsEveryItemOfTheReleaseCoveredOrNot() {
        MekikiUser reader = fixtures.userInNewOrganization(Role.AUDITOR);
        String token = fixtures.token(reader);
        ApiCaller api = new ApiCaller(port);

        JsonNode coverage = ApiCaller.body(api.get("/api/v1/catalog/releases/2026.2/caiq-mapping", token));

        assertThat(coverage.get("release").asString()).isEqualTo("2026.2");
        assertThat(coverage.get("mapping").get("caiqVersion").asString()).isEqualTo("4.1");
        int covered = coverage.get("covered").asInt();
        assertThat(covered).isEqualTo(coverage.get("coveredItems").size()).isGreaterThan(10);
        assertThat(covered + coverage.get("notCovered").size())
                .isEqualTo(coverage.get("items").asInt());
        assertThat(coverage.get("full").asInt() + coverage.get("partial").asInt())
                .isEqualTo(covered);
        JsonNode region = find(coverage.get("coveredItems"), "OS-REGION-01");
        assertThat(strings(region.get("questions"))).containsExactly("DSP-19.1", "DSP-19.2");
        assertThat(region.get("coverage").asString()).isEqualTo("FULL");
        List<String> uncovered = new ArrayList<>();
        coverage.get("notCovered")
                .forEach(item -> uncovered.add(item.get("itemId").asString()));
        assertThat(uncovered).contains("LC-PREP-ASSET-01").doesNotContain("OS-REGION-01");

        HttpResponse<String> unknown = api.get("/api/v1/catalog/releases/1999.1/caiq-mapping", token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiCaller.contentType(unknown)).startsWith("application/problem+json");
    }

    @Test
    void thePageShowsTheCoverageInTheReadersLanguage() {
        MekikiUser reader = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);
        PageClient ja = new PageClient(port).signedInAs(reader.email(), IdentityFixtures.PASSWORD);

        Document page = Jsoup.parse(ja.get("/catalog/caiq").body());

        assertThat(page.select("h1").text()).isEqualTo("CAIQ v4.1対応表");
        assertThat(page.select("#caiq-summary").text()).startsWith("確認項目 172件のうち");
        assertThat(page.select("#caiq-covered tr[data-item=OS-REGION-01]").text())
                .contains("DSP-19.1", "DSP-19.2", "全体に答える");
        assertThat(page.select("#caiq-not-covered li").text()).contains("LC-PREP-ASSET-01");
        Document catalogue = Jsoup.parse(ja.get("/catalog").body());
        assertThat(catalogue.select("a[href^=/catalog/caiq]").text()).isEqualTo("CAIQ v4.1対応表");

        ja.submit("/catalog/caiq", "/language", java.util.Map.of("lang", "en", "returnTo", "/"));
        Document english = Jsoup.parse(ja.get("/catalog/caiq?release=2026.1").body());
        assertThat(english.select("#caiq-mapping").text()).contains("catalogue release 2026.1");
        assertThat(english.select("#caiq-covered tr[data-item=RS-BACKUP-01]").text())
                .contains("BCR-08.1", "Answers part of it");
    }

    private static JsonNode find(JsonNode items, String itemId) {
        for (JsonNode item : items) {
            if (item.get("itemId").asString().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError(itemId + " not in " + items);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
