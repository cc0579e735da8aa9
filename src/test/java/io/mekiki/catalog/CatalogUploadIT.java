package io.mekiki.catalog;

import static io.mekiki.catalog.CatalogHttp.json;
import static io.mekiki.catalog.CatalogHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Administrators upload and activate catalogue releases through the API; bad files change nothing. */
class CatalogUploadIT extends ApplicationTest {

    /** The newest bundled release, on which every new organisation starts. */
    private static final String BUNDLED = "2026.2";

    private static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        0x0d,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0,
        0x1f,
        0x15,
        (byte) 0xc4,
        (byte) 0x89
    };

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;

    CatalogHttp http;

    @Autowired
    CatalogUploadIT(IdentityFixtures fixtures, AuditLedger ledger) {
        this.fixtures = fixtures;
        this.ledger = ledger;
    }

    @BeforeEach
    void client() {
        http = new CatalogHttp(port);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void whoUploadedAReleaseIsKeptByUserIdAndShownByTheirCurrentName() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String releaseId = uniqueId("renamed");
        assertThat(http.uploadFile("?activate=false", token, "renamed.yaml", yaml(releaseId))
                        .statusCode())
                .isEqualTo(201);

        jdbc.sql("update identity_user_account set display_name = ?, email = ? where id = ?")
                .params("改名 後子", "renamed-" + admin.userId() + "@example.test", admin.userId())
                .update();

        JsonNode listed = releases(http.get("/api/v1/catalog/releases", token));
        JsonNode release = null;
        for (JsonNode candidate : listed) {
            if (releaseId.equals(candidate.get("id").asString())) {
                release = candidate;
            }
        }
        assertThat(release).isNotNull();
        assertThat(release.get("loadedBy").asString()).isEqualTo("改名 後子");
        assertThat(release.get("loadedById").asString())
                .isEqualTo(admin.userId().toString());
        JsonNode bundled = null;
        for (JsonNode candidate : listed) {
            if (BUNDLED.equals(candidate.get("id").asString())) {
                bundled = candidate;
            }
        }
        assertThat(bundled.get("loadedBy").asString()).isEqualTo("Mekiki");
        assertThat(bundled.get("loadedById").isNull()).isTrue();
        assertThat(jdbc.sql("select loaded_by from catalog_release where release_id = ? and organization_id = ?")
                        .params(releaseId, admin.organizationId())
                        .query(String.class)
                        .single())
                .as("the name as written at the time stays beside the id")
                .contains(admin.email());
    }

    @Test
    void anAdministratorUploadsAReleaseThatIsListedCanBeActivatedAndIsAudited() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String releaseId = uniqueId("upload");

        HttpResponse<String> uploaded = http.uploadFile("?activate=false", token, "my-release.yaml", yaml(releaseId));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.headers().firstValue("Location")).hasValue("/api/v1/catalog/releases/" + releaseId);
        JsonNode info = json(uploaded);
        assertThat(info.get("id").asString()).isEqualTo(releaseId);
        assertThat(info.get("itemCount").asInt()).isEqualTo(2);
        assertThat(info.get("bundled").asBoolean()).isFalse();
        assertThat(info.get("active").asBoolean()).isFalse();
        assertThat(info.get("loadedBy").asString()).isEqualTo(admin.displayName());
        assertThat(info.get("loadedById").asString()).isEqualTo(admin.userId().toString());

        JsonNode listed = releases(http.get("/api/v1/catalog/releases", token));
        assertThat(texts(listed, "id")).contains(releaseId, BUNDLED);
        assertThat(activeId(listed)).isEqualTo(BUNDLED);
        JsonNode fewestItems = json(http.get("/api/v1/catalog/releases?sort=items&size=1", token));
        assertThat(texts(fewestItems.get("items"), "id")).containsExactly(releaseId);
        assertThat(fewestItems.get("totalPages").asInt()).isEqualTo(listed.size());
        assertThat(texts(
                        json(http.get("/api/v1/catalog/releases?sort=items,desc", token))
                                .get("items"),
                        "id"))
                .last()
                .isEqualTo(releaseId);
        HttpResponse<String> unknownKey = http.get("/api/v1/catalog/releases?sort=title", token);
        assertThat(unknownKey.statusCode()).isEqualTo(400);
        assertThat(unknownKey.body()).contains("\"field\":\"sort\"");

        HttpResponse<String> activated =
                http.putJson("/api/v1/catalog/active-release", token, "{\"release\":\"" + releaseId + "\"}");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        assertThat(json(activated).get("active").asBoolean()).isTrue();
        assertThat(activeId(releases(http.get("/api/v1/catalog/releases", token))))
                .isEqualTo(releaseId);
        JsonNode items = json(http.get("/api/v1/catalog/items", token));
        assertThat(items.get("release").asString()).isEqualTo(releaseId);
        assertThat(texts(items.get("items"), "id")).containsExactly("LC-TEST-01", "PD-TEST-01");

        List<String> actions =
                ledger.entries(admin.organizationId(), CatalogChange.RELEASE, releaseId, 0, 10).entries().stream()
                        .map(LedgerEntry::action)
                        .toList();
        assertThat(actions).containsExactlyInAnyOrder("catalog.release.uploaded", "catalog.release.activated");
    }

    @Test
    void aYamlBodyIsAcceptedAndBecomesActiveByDefault() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String releaseId = uniqueId("body");

        HttpResponse<String> uploaded = http.uploadBody("", token, "application/yaml; charset=utf-8", yaml(releaseId));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(json(uploaded).get("active").asBoolean()).isTrue();
        assertThat(activeId(releases(http.get("/api/v1/catalog/releases", token))))
                .isEqualTo(releaseId);
    }

    @Test
    void anInvalidFileIsRefusedWithEveryProblemAndItsLineAndNothingChanges() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String releaseId = uniqueId("broken");
        String broken = TestReleases.valid(releaseId)
                .replace("    weight: 3", "    weight: 7")
                .replace("      - ref: APPI", "      - ref: NO_SUCH_ACT");
        String before = http.get("/api/v1/catalog/releases", token).body();

        HttpResponse<String> refused =
                http.uploadFile("", token, "broken.yaml", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problems = json(refused).get("problems");
        assertThat(problems).hasSize(2);
        JsonNode weight = problem(problems, "range");
        assertThat(weight.get("file").asString()).isEqualTo("broken.yaml");
        assertThat(weight.get("line").asInt()).isEqualTo(lineOf(broken, "weight: 7"));
        assertThat(weight.get("message").asString()).isEqualTo("weight の値「7」は 1 から 5 の整数にしてください。");
        assertThat(problem(problems, "unknownReference").get("line").asInt())
                .isEqualTo(lineOf(broken, "ref: NO_SUCH_ACT"));

        HttpResponse<String> inEnglish =
                http.uploadFile("", token, "broken.yaml", broken.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(problem(json(inEnglish).get("problems"), "range")
                        .get("message")
                        .asString())
                .isEqualTo("The value '7' of weight must be a whole number from 1 to 5.");

        assertThat(http.get("/api/v1/catalog/releases", token).body()).isEqualTo(before);
        assertThat(http.get("/api/v1/catalog/releases/" + releaseId, token).statusCode())
                .isEqualTo(404);
        assertThat(ledger.entries(admin.organizationId(), CatalogChange.RELEASE, releaseId, 0, 10)
                        .entries())
                .isEmpty();
    }

    @Test
    void aBinaryFileNamedYamlIsRefusedAsNotText() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String before = http.get("/api/v1/catalog/releases", token).body();

        HttpResponse<String> refused = http.uploadFile("", token, "logo.yaml", PNG);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json(refused).get("problems").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("notText");
        assertThat(problem.get("file").asString()).isEqualTo("logo.yaml");
        assertThat(problem.get("message").asString()).contains("UTF-8");
        assertThat(http.get("/api/v1/catalog/releases", token).body()).isEqualTo(before);
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsRead() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        byte[] large = new byte[CatalogReleases.MAX_UPLOAD_BYTES + 1];
        java.util.Arrays.fill(large, (byte) '#');

        HttpResponse<String> asFile = http.uploadFile("", token, "large.yaml", large);
        HttpResponse<String> asBody = http.uploadBody("", token, "application/yaml", large);

        for (HttpResponse<String> refused : List.of(asFile, asBody)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
            JsonNode problem = json(refused).get("problems").get(0);
            assertThat(problem.get("code").asString()).isEqualTo("tooLarge");
            assertThat(problem.get("message").asString()).contains("2 MB");
        }
        assertThat(texts(releases(http.get("/api/v1/catalog/releases", token)), "id"))
                .doesNotContain("large");
    }

    @Test
    void aMultipartFormWithoutTheFileFieldIsABadRequest() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);

        HttpResponse<String> refused =
                http.uploadPart("", token, "document", "release.yaml", yaml(uniqueId("field")), "en");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = json(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("file");
        assertThat(error.get("message").asString()).isEqualTo("Choose the YAML file to upload.");
    }

    @Test
    void aReleaseIdCannotBeUploadedTwice() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String releaseId = uniqueId("twice");
        assertThat(http.uploadFile("", token, "a.yaml", yaml(releaseId)).statusCode())
                .isEqualTo(201);

        HttpResponse<String> again = http.uploadFile("", token, "b.yaml", yaml(releaseId));

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again).get("problems").get(0).get("code").asString()).isEqualTo("releaseExists");
    }

    @Test
    void onlyAdministratorsUploadOrChooseTheActiveRelease() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER, Role.EXECUTIVE);
        String token = fixtures.token(officer);
        String releaseId = uniqueId("denied");

        HttpResponse<String> upload = http.uploadFile("", token, "release.yaml", yaml(releaseId));
        HttpResponse<String> choose =
                http.putJson("/api/v1/catalog/active-release", token, "{\"release\":\"" + BUNDLED + "\"}");

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(choose.statusCode()).isEqualTo(403);
        JsonNode listed = releases(http.get("/api/v1/catalog/releases", token));
        assertThat(texts(listed, "id")).doesNotContain(releaseId);
        assertThat(activeId(listed)).isEqualTo(BUNDLED);
    }

    @Test
    void anOrganisationSeesOnlyItsOwnUploads() {
        MekikiUser adminA = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser adminB = fixtures.userInNewOrganization(Role.ADMIN);
        String tokenA = fixtures.token(adminA);
        String tokenB = fixtures.token(adminB);
        String releaseId = uniqueId("org-a");
        assertThat(http.uploadFile("", tokenA, "a.yaml", yaml(releaseId)).statusCode())
                .isEqualTo(201);

        assertThat(texts(releases(http.get("/api/v1/catalog/releases", tokenB)), "id"))
                .contains(BUNDLED)
                .doesNotContain(releaseId);
        assertThat(http.get("/api/v1/catalog/releases/" + releaseId, tokenB).statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/catalog/items?release=" + releaseId, tokenB)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.putJson("/api/v1/catalog/active-release", tokenB, "{\"release\":\"" + releaseId + "\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(json(http.get("/api/v1/catalog/items", tokenB))
                        .get("release")
                        .asString())
                .isEqualTo(BUNDLED);
        // the same id is free in another organisation
        assertThat(http.uploadFile("?activate=false", tokenB, "b.yaml", yaml(releaseId))
                        .statusCode())
                .isEqualTo(201);
    }

    private static byte[] yaml(String releaseId) {
        return TestReleases.valid(releaseId).getBytes(StandardCharsets.UTF_8);
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The releases of the list's first page (the list answers {items, page, size, total, totalPages}). */
    private static JsonNode releases(HttpResponse<String> response) {
        JsonNode page = json(response);
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
        return page.get("items");
    }

    private static String activeId(JsonNode releases) {
        for (JsonNode release : releases) {
            if (release.get("active").asBoolean()) {
                return release.get("id").asString();
            }
        }
        throw new AssertionError("no active release in " + releases);
    }

    private static JsonNode problem(JsonNode problems, String code) {
        for (JsonNode problem : problems) {
            if (problem.get("code").asString().equals(code)) {
                return problem;
            }
        }
        throw new AssertionError("no problem " + code + " in " + problems);
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }
}
