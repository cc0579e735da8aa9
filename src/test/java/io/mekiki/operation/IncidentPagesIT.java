package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incident and finding pages as each role reads them, and the finding's form: the corrective action saved
 * with its owner, a form missing the owner refused in the reader's language with nothing saved, the
 * initiative's panel and the risk officer's home listing what is open.
 */
class IncidentPagesIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final JdbcClient jdbc;

    @Autowired
    IncidentPagesIT(IdentityFixtures fixtures, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    @Test
    void everyPageShowsTheRecordsAndTheFindingFormSavesOrRefusesInTheReadersLanguage() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String initiative = initiativeInOperation(api, owner);
        Map<String, Object> leak = new LinkedHashMap<>();
        leak.put("initiativeId", initiative);
        leak.put("type", "PERSONAL_DATA_LEAK");
        leak.put("severity", "CRITICAL");
        leak.put("title", "委託先からの顧客情報の漏えい");
        leak.put("startedAt", Instant.now().minus(3, ChronoUnit.HOURS).toString());
        leak.put("awareAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
        leak.put("facts", List.of("SPECIAL_CARE_DATA"));
        leak.put("affectedPersons", 40);
        String incident = api.post("/api/v1/incidents", leak).json().get("id").asString();
        String finding = api.post(
                        "/api/v1/operation-findings",
                        Map.of("incidentId", incident, "title", "委託先の監督が不十分", "significance", "SIGNIFICANT"))
                .json()
                .get("id")
                .asString();

        PageClient officerPages = new PageClient(port).signedInAs(officer.email(), IdentityFixtures.PASSWORD);
        assertThat(ok(officerPages, "/incidents")).contains("IN-1", "委託先からの顧客情報の漏えい");
        assertThat(ok(officerPages, "/incidents/" + incident)).contains("速報", "確報", "OF-1", "要配慮個人情報");
        assertThat(ok(officerPages, "/incidents/" + incident + "/edit")).contains("incident-form");
        assertThat(ok(officerPages, "/incidents/new")).contains("顧客対応SaaS");
        assertThat(ok(officerPages, "/incidents/new?initiativeId=" + initiative))
                .contains("incident-form", "顧客一覧");
        assertThat(ok(officerPages, "/operation-findings")).contains("OF-1", "委託先の監督が不十分");
        assertThat(ok(officerPages, "/operation-findings/new")).contains("new-finding");
        assertThat(ok(officerPages, "/operation-findings/" + finding)).contains("finding-form", "経営判断の依頼なし");
        assertThat(ok(officerPages, "/initiatives/" + initiative)).contains("panel-incidents", "IN-1", "OF-1");
        assertThat(ok(officerPages, "/")).contains("home-operation", "OF-1", "IN-1");
        PageClient auditorPages = new PageClient(port).signedInAs(auditor.email(), IdentityFixtures.PASSWORD);
        auditorPages.submit("/incidents/" + incident, "/language", Map.of("lang", "en", "returnTo", "/"));
        assertThat(ok(auditorPages, "/incidents/" + incident))
                .contains("Reporting clocks", "Quick report", "Special-care personal information is concerned");

        // planned without an owner: refused in Japanese, nothing saved
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "委託先の監督が不十分");
        form.put("rootCause", "委託先の点検を年1回しかしていない");
        form.put("countermeasure", "四半期ごとに点検する");
        form.put("status", "COUNTERMEASURE_PLANNED");
        form.put("significance", "SIGNIFICANT");
        form.put("dueDate", LocalDate.now().plusDays(20).toString());
        form.put("version", "1");
        String page = "/operation-findings/" + finding;
        HttpResponse<String> refused = officerPages.submit(page, page, form);
        assertThat(refused.statusCode()).isEqualTo(302);
        // the refusal keeps what was typed in the form (the finding itself still has no root cause)
        assertThat(ok(officerPages, page)).contains("先に是正措置の担当者を選んでください。", "委託先の点検を年1回しかしていない", "四半期ごとに点検する");
        assertThat(api.get("/api/v1/operation-findings/" + finding)
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(1);

        form.put("ownerId", owner.userId().toString());
        officerPages.submit(page, page, form);
        var saved = api.get("/api/v1/operation-findings/" + finding).json();
        assertThat(saved.get("status").asString()).isEqualTo("COUNTERMEASURE_PLANNED");
        assertThat(saved.get("ownerId").asString()).isEqualTo(owner.userId().toString());

        assertThat(ok(auditorPages, page)).contains("四半期ごとに点検する").doesNotContain("finding-form");
        assertThat(ok(auditorPages, "/incidents/" + incident)).doesNotContain("mark-sent", "closing-heading");
    }

    private static String ok(PageClient pages, String path) {
        HttpResponse<String> response = pages.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String initiativeInOperation(BearerClient api, MekikiUser owner) {
        String asset = api.post(
                        "/api/v1/assets",
                        Map.of(
                                "name", "顧客一覧",
                                "categories", List.of("PERSONAL_DATA"),
                                "assetValue", "HIGH",
                                "riskTolerance", "LOW"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", "顧客対応SaaS");
        plan.put("businessOwnerId", owner.userId().toString());
        plan.put("purpose", "問い合わせに早く答える");
        plan.put("benefits", "回答時間の短縮");
        plan.put("assetIds", List.of(asset));
        plan.put("serviceModel", "SAAS");
        plan.put("deployment", "PUBLIC");
        plan.put("dataLocations", List.of("JP"));
        String id = api.post("/api/v1/initiatives", plan).json().get("id").asString();
        // the phases before operation are not the subject here (see IncidentsIT)
        jdbc.sql("update initiative_initiative set phase = 'OPERATION', year = 1, year_started_at = now() where id = ?")
                .param(UUID.fromString(id))
                .update();
        return id;
    }
}
