package io.mekiki.catalog;

import static io.mekiki.catalog.CatalogHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * What changed from one release to another, through the API and on the page, with two small uploaded
 * releases: one item reworded, one dropped and one new.
 */
class ReleaseChangesIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final WebApplicationContext context;

    CatalogHttp http;
    MockMvc mvc;

    @Autowired
    ReleaseChangesIT(IdentityFixtures fixtures, WebApplicationContext context) {
        this.fixtures = fixtures;
        this.context = context;
    }

    @BeforeEach
    void clients() {
        http = new CatalogHttp(port);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /** The second release: PD-TEST-01's question reworded, LC-TEST-01 dropped, LC-TEST-02 new. */
    static String second(String releaseId) {
        return TestReleases.valid(releaseId)
                .replace("試験用の質問ですか。", "言い換えた質問ですか。")
                .replace("Is this a question for tests?", "Is this a reworded question?")
                .replace("LC-TEST-01", "LC-TEST-02");
    }

    @Test
    void theApiListsItemsAddedRemovedAndChangedFieldByFieldInBothLanguages() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String first = "first-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "second-" + UUID.randomUUID().toString().substring(0, 8);
        upload(token, TestReleases.valid(first));
        upload(token, second(second));

        HttpResponse<String> answer = http.get("/api/v1/catalog/releases/" + second + "/changes?from=" + first, token);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode changes = json(answer);
        assertThat(changes.get("release").asString()).isEqualTo(second);
        assertThat(changes.get("from").asString()).isEqualTo(first);
        assertThat(ids(changes.get("itemsAdded"))).containsExactly("LC-TEST-02");
        assertThat(ids(changes.get("itemsRemoved"))).containsExactly("LC-TEST-01");
        assertThat(ids(changes.get("itemsChanged"))).containsExactly("PD-TEST-01");
        JsonNode field = changes.get("itemsChanged").get(0).get("fields");
        assertThat(field).hasSize(1);
        assertThat(field.get(0).get("field").asString()).isEqualTo("question");
        assertThat(field.get(0).get("before").get("ja").asString()).isEqualTo("試験用の質問ですか。");
        assertThat(field.get(0).get("after").get("en").asString()).isEqualTo("Is this a reworded question?");
        assertThat(changes.get("itemsAdded").get(0).get("title").get("en").asString())
                .isEqualTo("Record the purpose");
        List<String> sections = new ArrayList<>();
        changes.get("sectionsChanged")
                .forEach(section -> sections.add(section.get("section").asString()
                        + " +" + section.get("added").asInt()
                        + " -" + section.get("removed").asInt()
                        + " ~" + section.get("changed").asInt()));
        assertThat(sections).containsExactly("LIFECYCLE +1 -1 ~0", "PERSONAL_DATA +0 -0 ~1");
        assertThat(changes.get("sectionsChanged").get(1).get("title").get("ja").asString())
                .isEqualTo("個人情報");

        HttpResponse<String> back = http.get("/api/v1/catalog/releases/" + first + "/changes?from=" + second, token);
        assertThat(ids(json(back).get("itemsAdded"))).containsExactly("LC-TEST-01");
        HttpResponse<String> same = http.get("/api/v1/catalog/releases/" + first + "/changes?from=" + first, token);
        assertThat(json(same).get("itemsChanged")).isEmpty();
        assertThat(json(same).get("sectionsChanged")).isEmpty();
    }

    @Test
    void aMissingOrUnknownStartIsRefusedNamingFromAndAnUnknownReleaseIsNotFound() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String mine = "mine-" + UUID.randomUUID().toString().substring(0, 8);
        upload(token, TestReleases.valid(mine));
        MekikiUser stranger = fixtures.userInNewOrganization(Role.ADMIN);

        HttpResponse<String> missing = http.get("/api/v1/catalog/releases/" + mine + "/changes", token);
        HttpResponse<String> unknown = http.get("/api/v1/catalog/releases/" + mine + "/changes?from=1999.1", token);
        HttpResponse<String> notMine =
                http.get("/api/v1/catalog/releases/" + mine + "/changes?from=2026.1", fixtures.token(stranger));

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"from\"");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"from\"");
        assertThat(notMine.statusCode()).as("another organisation's release").isEqualTo(404);
    }

    @Test
    void thePageShowsTheChangesStyledAsTheCatalogueAndTheReleasesListLinksToIt() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String first = "page1-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "page2-" + UUID.randomUUID().toString().substring(0, 8);
        upload(token, TestReleases.valid(first));
        upload(token, second(second));

        String list = page("/catalog/releases", admin);
        String fromBundled = page("/catalog/releases/" + second + "/changes", admin);
        String changes = page("/catalog/releases/" + second + "/changes?from=" + first, admin);

        assertThat(list).contains("href=\"/catalog/releases/" + second + "/changes?from=2026.2\"");
        assertThat(fromBundled)
                .as("without from, the comparison starts from the active release")
                .contains("2026.2 から " + second + " への変更点")
                .contains("PD-ENTRUST-01");
        assertThat(changes)
                .contains("/css/catalog.css")
                .contains(first + " から " + second + " への変更点")
                .contains("LC-TEST-02")
                .contains("class=\"field-changes\"")
                .contains("言い換えた質問ですか。")
                .doesNotContain("??");
        assertThat(changes).contains("削除された項目").contains("試験用の質問ですか。");
    }

    private String page(String path, MekikiUser reader) throws Exception {
        return mvc.perform(get(path).with(user(reader)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void upload(String token, String yaml) {
        HttpResponse<String> uploaded = http.uploadBody(
                "?activate=false", token, "application/yaml; charset=utf-8", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
