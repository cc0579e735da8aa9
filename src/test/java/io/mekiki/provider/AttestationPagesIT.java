package io.mekiki.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report's page and the notice days' page: a refused form is shown again in the user's language, nothing changed. */
class AttestationPagesIT extends ApplicationTest {

    private final IdentityFixtures fixtures;

    @Autowired
    AttestationPagesIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void theReportsPartsAreRecordedOnItsPageAndARefusalSaysWhyInJapanese() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        String provider =
                created(api.post("/api/v1/providers", Map.of("legalName", "Page Cloud", "headquartersCountry", "JP")));
        String report = created(api.post(
                "/api/v1/providers/" + provider + "/attestations",
                Map.of("kind", "SOC1_TYPE2", "periodStart", "2025-10-01", "periodEnd", "2026-09-30")));
        String page = "/providers/" + provider + "/attestations/" + report;
        PageClient pages = new PageClient(port).signedInAs(officer.email(), IdentityFixtures.PASSWORD);

        HttpResponse<String> refused =
                pages.submit(page, page + "/bridge-letters", Map.of("coversUntil", "2026-09-01"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("報告書の対象期間の終了日（2026-09-30）より後にしてください");
        HttpResponse<String> notADate = pages.submit(page, page + "/bridge-letters", Map.of("coversUntil", "12/31"));
        assertThat(notADate.statusCode()).isEqualTo(422);
        assertThat(notADate.body()).contains("2026-04-01 の形式");
        assertThat(api.get("/api/v1/providers/" + provider + "/attestations/" + report + "/parts")
                        .json()
                        .get("bridgeLetters"))
                .isEmpty();

        assertThat(pages.submit(page, page + "/bridge-letters", Map.of("coversUntil", "2026-12-31"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(pages.submit(
                                page,
                                page + "/exceptions",
                                Map.of("control", "CC7.2", "description", "監視ログの確認漏れ", "response", "月次で確認する"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> noControl = pages.submit(page, page + "/user-entity-controls", Map.of("control", " "));
        assertThat(noControl.statusCode()).isEqualTo(422);
        assertThat(pages.submit(
                                page,
                                page + "/user-entity-controls",
                                Map.of(
                                        "control",
                                        "アクセス権を見直す",
                                        "personId",
                                        officer.userId().toString()))
                        .statusCode())
                .isEqualTo(302);
        String shown = pages.get(page).body();
        assertThat(shown).contains("2026-10-01", "2026-12-31", "CC7.2", "月次で確認する", "アクセス権を見直す");

        // the notice days: refused in the user's language, then saved
        HttpResponse<String> badDays =
                pages.submit("/attestations/notices", "/attestations/notices", Map.of("offsets", "30, 400"));
        assertThat(badDays.statusCode()).isEqualTo(422);
        assertThat(badDays.body()).contains("1日から365日までの日数");
        assertThat(pages.submit("/attestations/notices", "/attestations/notices", Map.of("offsets", "60、14"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(api.get("/api/v1/attestations/notice-offsets")
                        .json()
                        .get("offsets")
                        .toString())
                .isEqualTo("[60,14]");

        // an auditor reads the page without its forms and cannot post
        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);
        PageClient reader = new PageClient(port).signedInAs(auditor.email(), IdentityFixtures.PASSWORD);
        String read = reader.get(page).body();
        assertThat(read).contains("CC7.2").doesNotContain("id=\"bridge-form\"");
        assertThat(reader.submit(page, page + "/exceptions", Map.of("control", "x", "description", "y"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/providers/" + provider + "/attestations/" + report + "/parts")
                        .json()
                        .get("exceptions"))
                .hasSize(1);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
