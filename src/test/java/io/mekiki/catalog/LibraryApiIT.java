package io.mekiki.catalog;

import static io.mekiki.catalog.CatalogHttp.json;
import static io.mekiki.catalog.CatalogHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.shared.Sector;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The reference library of a release: documents, risks, glossary and sector rules. */
class LibraryApiIT extends ApplicationTest {

    private static final String LIBRARY = "/api/v1/library";

    private final IdentityFixtures fixtures;

    CatalogHttp http;
    String token;

    @Autowired
    LibraryApiIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @BeforeEach
    void reader() {
        http = new CatalogHttp(port);
        MekikiUser auditor = fixtures.userInNewOrganization(Role.AUDITOR);
        token = fixtures.token(auditor);
    }

    @Test
    void referencesAreSearchedInBothLanguagesAndFilteredByKind() {
        JsonNode all = json(http.get(LIBRARY + "/references", token));
        JsonNode byJapaneseName = json(http.get(LIBRARY + "/references?q=" + encode("個人情報保護法"), token));
        JsonNode byEnglishIssuer = json(http.get(LIBRARY + "/references?q=" + encode("protection commission"), token));
        JsonNode standards = json(http.get(LIBRARY + "/references?kind=STANDARD", token));

        assertThat(all.get("release").asString()).isEqualTo("2026.2");
        assertThat(all.get("total").asInt()).isGreaterThan(40);
        assertThat(texts(byJapaneseName.get("references"), "id"))
                .contains("APPI")
                .doesNotContain("ISO_27017");
        assertThat(texts(byEnglishIssuer.get("references"), "id")).contains("APPI", "PPC_GL_GENERAL");
        assertThat(standards.get("total").asInt())
                .isPositive()
                .isLessThan(all.get("total").asInt());
        assertThat(texts(standards.get("references"), "kind")).containsOnly("STANDARD");
        assertThat(texts(standards.get("references"), "id")).contains("ISO_27017");
    }

    @Test
    void aReferenceShowsItsArticlesInTheLanguageAskedFor() {
        JsonNode japanese = json(http.get(LIBRARY + "/references/APPI", token));
        JsonNode english = json(http.get(LIBRARY + "/references/APPI?lang=en", token));

        assertThat(japanese.get("shortName").asString()).isEqualTo("個人情報保護法");
        assertThat(japanese.get("kindName").asString()).isEqualTo("法律");
        assertThat(texts(japanese.get("articles"), "article")).contains("第25条");
        assertThat(japanese.get("citedByItems").asInt()).isPositive();
        assertThat(english.get("shortName").asString()).isEqualTo("APPI");
        assertThat(english.get("kindName").asString()).isEqualTo("Act");
        assertThat(texts(english.get("articles"), "article")).contains("Art. 25");
    }

    @Test
    void theSevenRisksEachGuardedByItems() {
        JsonNode risks = json(http.get(LIBRARY + "/risks?lang=en", token)).get("risks");

        assertThat(risks).hasSize(7);
        assertThat(texts(risks, "id")).contains("LOCK_IN", "OVERSEAS_DATA");
        for (JsonNode risk : risks) {
            assertThat(risk.get("items").asInt()).as(risk.get("id").asString()).isPositive();
            assertThat(risk.get("description").asString()).isNotBlank();
        }
    }

    @Test
    void theGlossaryIsSearchable() {
        JsonNode all = json(http.get(LIBRARY + "/glossary", token));
        JsonNode sla = json(http.get(LIBRARY + "/glossary?q=" + encode("サービスレベル合意"), token));

        assertThat(texts(sla.get("terms"), "id")).contains("SLA");
        assertThat(sla.get("total").asInt()).isLessThan(all.get("total").asInt());
    }

    @Test
    void sectorRulesNameTheirDocuments() {
        JsonNode sectors = json(http.get(LIBRARY + "/sectors", token)).get("sectors");

        assertThat(sectors).hasSize(Sector.values().length);
        for (JsonNode sector : sectors) {
            if (sector.get("id").asString().equals("FINANCE")) {
                assertThat(texts(sector.get("references"), "id")).contains("PPC_FSA_FINANCE_GL");
                assertThat(sector.get("name").asString()).isEqualTo("金融");
            }
        }
    }

    @Test
    void anOlderOrUploadedReleaseIsReadWithTheReleaseParameter() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String adminToken = fixtures.token(admin);
        String releaseId = "lib-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.uploadFile(
                                "?activate=false",
                                adminToken,
                                "r.yaml",
                                TestReleases.valid(releaseId).getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(201);

        JsonNode uploaded = json(http.get(LIBRARY + "/references?release=" + releaseId, adminToken));
        JsonNode active = json(http.get(LIBRARY + "/references", adminToken));

        assertThat(uploaded.get("release").asString()).isEqualTo(releaseId);
        assertThat(texts(uploaded.get("references"), "id")).containsExactly("APPI");
        assertThat(active.get("release").asString()).isEqualTo("2026.2");
        assertThat(http.get(LIBRARY + "/references?release=" + releaseId, token).statusCode())
                .as("another organisation's release")
                .isEqualTo(404);
    }

    @Test
    void unknownEntriesAndKindsAreProblems() {
        HttpResponse<String> missing = http.get(LIBRARY + "/references/NO_SUCH_ACT?lang=en", token);
        HttpResponse<String> badKind = http.get(LIBRARY + "/references?kind=NOVEL", token);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("detail").asString())
                .isEqualTo("The reference library of release 2026.2 has no entry NO_SUCH_ACT.");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(json(badKind).get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
