package io.mekiki.initiative;

import static io.mekiki.ApiCaller.body;
import static io.mekiki.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * A change of the organisation's profile that scoping reads rescopes every open initiative, after the
 * profile's change has committed, through the event publication registry (ADR 024).
 */
class ProfileRescopingIT extends ApplicationTest {

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void becomingListedInFinanceRescopesTheOpenInitiativesWithHistory() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(officer.organizationId(), Role.BUSINESS_OWNER);
        ApiCaller api = new ApiCaller(port);
        String token = fixtures.token(officer);
        HttpResponse<String> created = api.post(
                "/api/v1/initiatives", token, json(Map.of("title", "プロファイル変更で再判定", "businessOwnerId", owner.userId())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(body(created).path("id").asString());
        JsonNode before = body(api.get("/api/v1/initiatives/" + id + "/scoping", token));
        assertThat(before.path("history")).hasSize(1);

        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("largeCompanyWithBoard", true);
        profile.put("listed", true);
        profile.put("sectors", List.of("FINANCE", "MEDICAL"));
        profile.put("headquartersCountry", "JP");
        profile.put("version", null);
        HttpResponse<String> saved = api.send("PUT", "/api/v1/profile", token, json(profile));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> body(api.get("/api/v1/initiatives/" + id + "/scoping", token))
                                .path("history")
                                .size()
                        == 2);
        JsonNode after = body(api.get("/api/v1/initiatives/" + id + "/scoping", token));
        JsonNode latest = after.path("history").get(0);
        List<String> planChanges = new ArrayList<>();
        latest.path("planChanges").forEach(field -> planChanges.add(field.asString()));
        assertThat(planChanges).containsExactly("organizationProfile");
        assertThat(latest.path("changedById").asString())
                .isEqualTo(officer.userId().toString());
        assertThat(after.path("current")).isNotEqualTo(before.path("current"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and serialized_event like ?")
                                .param("%" + officer.organizationId() + "%")
                                .query(Integer.class)
                                .single()
                        == 0);
    }
}
