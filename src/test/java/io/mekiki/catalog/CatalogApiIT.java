package io.mekiki.catalog;

import static io.mekiki.catalog.CatalogHttp.json;
import static io.mekiki.catalog.CatalogHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Any signed-in user reads, filters and searches the check items of the bundled releases (the newest, 2026.2, active). */
class CatalogApiIT extends ApplicationTest {

    private static final String ITEMS = "/api/v1/catalog/items";

    private final IdentityFixtures fixtures;

    CatalogHttp http;
    String token;

    @Autowired
    CatalogApiIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @BeforeEach
    void reader() {
        http = new CatalogHttp(port);
        MekikiUser reader = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);
        token = fixtures.token(reader);
    }

    @Test
    void theBundledReleasesAreListedWithTheNewestActiveAndItsItemsCountedPerSection() {
        JsonNode page = json(http.get("/api/v1/catalog/releases", token));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode releases = page.get("items");
        assertThat(releases).hasSize(2);
        for (JsonNode release : releases) {
            assertThat(release.get("bundled").asBoolean())
                    .as(release.toString())
                    .isTrue();
            // a new organisation starts on the newest bundled release
            assertThat(release.get("active").asBoolean())
                    .as(release.toString())
                    .isEqualTo(release.get("id").asString().equals("2026.2"));
        }

        JsonNode older = json(http.get("/api/v1/catalog/releases/2026.1", token));
        assertThat(older.get("sections")).hasSize(Section.knownTo(1).size());
        JsonNode detail = json(http.get("/api/v1/catalog/releases/2026.2", token));
        JsonNode sections = detail.get("sections");
        assertThat(sections).hasSize(Section.knownTo(2).size());
        int sum = 0;
        for (JsonNode section : sections) {
            assertThat(section.get("items").asInt()).as(section.toString()).isPositive();
            sum += section.get("items").asInt();
        }
        assertThat(sum).isEqualTo(detail.get("release").get("itemCount").asInt());
        assertThat(detail.get("risks").asInt()).isEqualTo(7);
        int personalData = sectionCount(sections, "PERSONAL_DATA");
        assertThat(json(http.get(ITEMS + "?section=PERSONAL_DATA", token))
                        .get("total")
                        .asInt())
                .isEqualTo(personalData);
    }

    @Test
    void searchFindsItemsByAJapaneseWord() {
        JsonNode found = json(http.get(ITEMS + "?q=" + encode("委託先"), token));

        assertThat(found.get("total").asInt()).isGreaterThan(5).isLessThan(totalItems());
        assertThat(texts(found.get("items"), "id")).contains("PD-ENTRUST-01");
        for (JsonNode item : found.get("items")) {
            assertThat(searchable(item)).as(item.get("id").asString()).contains("委託先");
        }
    }

    @Test
    void searchFindsItemsByEnglishWordsWhateverTheLanguageOfTheAnswer() {
        JsonNode found = json(http.get(ITEMS + "?lang=en&q=" + encode("Cloud EXCEPTION"), token));

        assertThat(found.get("total").asInt()).isPositive().isLessThan(totalItems());
        assertThat(texts(found.get("items"), "id")).contains("PD-CHAR-01", "PD-CLOUDEX-01");
        for (JsonNode item : found.get("items")) {
            assertThat(searchable(item).toLowerCase(Locale.ROOT))
                    .as(item.get("id").asString())
                    .contains("cloud", "exception");
        }
        JsonNode inJapanese = json(http.get(ITEMS + "?q=" + encode("cloud exception"), token));
        assertThat(inJapanese.get("total").asInt()).isEqualTo(found.get("total").asInt());
        assertThat(texts(inJapanese.get("items"), "title")).contains("クラウド利用の法的整理（委託か、クラウド例外か）");
    }

    @Test
    void searchFindsItemsByIdAndByTheLawTheyCite() {
        assertThat(texts(json(http.get(ITEMS + "?q=pd-entrust-01", token)).get("items"), "id"))
                .containsExactly("PD-ENTRUST-01");
        JsonNode citing = json(http.get(ITEMS + "?reference=EBPA", token));
        assertThat(citing.get("total").asInt()).isPositive();
        for (JsonNode item : citing.get("items")) {
            assertThat(texts(item.get("basis"), "reference")).contains("EBPA");
        }
    }

    @Test
    void filtersBySectionPhaseAndConfidence() {
        JsonNode tax = json(http.get(ITEMS + "?section=TAX_RECORDS&phase=selection&confidence=CONFIRMED", token));

        assertThat(tax.get("total").asInt()).isPositive();
        for (JsonNode item : tax.get("items")) {
            assertThat(item.get("section").asString()).isEqualTo("TAX_RECORDS");
            assertThat(item.get("phase").asString()).isEqualTo("SELECTION");
            assertThat(item.get("confidence").asString()).isEqualTo("CONFIRMED");
        }
        JsonNode unconfirmed = json(http.get(ITEMS + "?confidence=UNCONFIRMED", token));
        for (JsonNode item : unconfirmed.get("items")) {
            assertThat(item.get("confidence").asString()).isEqualTo("UNCONFIRMED");
        }
        assertThat(unconfirmed.get("total").asInt()).isLessThan(totalItems());
    }

    @Test
    void textsComeInTheLanguageAskedFor() {
        JsonNode japanese = json(http.get(ITEMS + "/PD-CHAR-01", token));
        JsonNode english = json(http.get(ITEMS + "/PD-CHAR-01?lang=en", token));
        JsonNode byHeader = json(http.get(ITEMS + "/PD-CHAR-01", token, "en-GB,en;q=0.9"));

        assertThat(japanese.get("title").asString()).isEqualTo("クラウド利用の法的整理（委託か、クラウド例外か）");
        assertThat(japanese.get("sectionTitle").asString()).isEqualTo("個人情報");
        assertThat(japanese.get("legalBasis").get(0).asString()).isEqualTo("個人情報保護法 第25条");
        assertThat(english.get("title").asString())
                .isEqualTo("Decide the legal character of the use: entrustment or the cloud exception");
        assertThat(english.get("legalBasis").get(0).asString()).isEqualTo("APPI Art. 25");
        assertThat(english.get("sectionTitle").asString()).isEqualTo("Personal data");
        assertThat(english.get("applicability").get("section").asString()).contains("personal data");
        assertThat(byHeader.get("title").asString())
                .isEqualTo(english.get("title").asString());
    }

    @Test
    void anUnknownItemIsANotFoundProblem() {
        HttpResponse<String> missing = http.get(ITEMS + "/PD-NOPE-99", token);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(missing);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo("リリース 2026.2 に確認項目 PD-NOPE-99 はありません。");
        assertThat(http.get("/api/v1/catalog/releases/1999.9", token).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnknownFilterValueIsABadRequestNamingTheParameter() {
        HttpResponse<String> refused = http.get(ITEMS + "?section=PRIVACY&lang=en", token);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = json(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("section");
        assertThat(error.get("message").asString()).startsWith("The value 'PRIVACY' is not allowed for section.");
    }

    @Test
    void itemsComeInPagesInCatalogueOrderAndAPageOutOfRangeIsRefusedNamingIt() {
        int total = totalItems();
        JsonNode first = json(http.get(ITEMS, token));
        assertThat(first.get("items")).hasSize(Math.min(50, total));
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("totalPages").asInt()).isEqualTo((total + 49) / 50);

        List<String> all = texts(json(http.get(ITEMS + "?size=500", token)).get("items"), "id");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 40 < total; page++) {
            paged.addAll(
                    texts(json(http.get(ITEMS + "?size=40&page=" + page, token)).get("items"), "id"));
        }
        assertThat(all).hasSize(total);
        assertThat(paged).isEqualTo(all);
        assertThat(json(http.get(ITEMS + "?size=40&page=99", token)).get("items"))
                .isEmpty();

        for (String outOfRange : List.of("size=0", "size=501", "page=-1")) {
            HttpResponse<String> refused = http.get(ITEMS + "?" + outOfRange, token);
            assertThat(refused.statusCode()).as(outOfRange).isEqualTo(400);
            assertThat(json(refused).get("errors").get(0).get("field").asString())
                    .isEqualTo(outOfRange.substring(0, outOfRange.indexOf('=')));
        }
    }

    @Test
    void readingNeedsAToken() {
        assertThat(http.get(ITEMS, null).statusCode()).isEqualTo(401);
    }

    private int totalItems() {
        return json(http.get(ITEMS, token)).get("total").asInt();
    }

    private static int sectionCount(JsonNode sections, String code) {
        for (JsonNode section : sections) {
            if (section.get("section").asString().equals(code)) {
                return section.get("items").asInt();
            }
        }
        throw new AssertionError(code);
    }

    /** What the search looks in, as far as the answer shows it. */
    private static String searchable(JsonNode item) {
        StringBuilder text = new StringBuilder(item.get("id").asString());
        for (String field : new String[] {"title", "guidance", "question", "evidence"}) {
            text.append('\n').append(item.get(field).asString());
        }
        item.get("legalBasis").forEach(basis -> text.append('\n').append(basis.asString()));
        return text.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
