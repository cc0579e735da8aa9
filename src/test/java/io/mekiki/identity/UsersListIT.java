package io.mekiki.identity;

import static io.mekiki.ApiCaller.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** The administrator's list of users sorts by its columns and pages, on the page and in the API alike. */
class UsersListIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final MockMvc mvc;

    @Autowired
    UsersListIT(IdentityFixtures fixtures, WebApplicationContext context) {
        this.fixtures = fixtures;
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void theUsersSortByNameEmailStatusAndLastSignInAndPage() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        fixtures.user(admin.organizationId(), Role.AUDITOR);
        fixtures.user(admin.organizationId(), Role.EXECUTIVE);
        ApiCaller api = new ApiCaller(port);
        String token = fixtures.token(admin);

        JsonNode byName = body(api.get("/api/v1/users", token));
        assertThat(byName.get("total").asLong()).isEqualTo(3);
        assertThat(byName.get("totalPages").asInt()).isEqualTo(1);
        List<String> names = texts(byName.get("items"), "displayName");
        assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.JAPANESE)::compare);
        assertThat(texts(body(api.get("/api/v1/users?sort=name,desc", token)).get("items"), "displayName"))
                .containsExactlyElementsOf(reversed(names));
        List<String> emails =
                texts(body(api.get("/api/v1/users?sort=email", token)).get("items"), "email");
        assertThat(emails).isSorted();
        JsonNode second = body(api.get("/api/v1/users?sort=email&size=1&page=1", token));
        assertThat(texts(second.get("items"), "email")).containsExactly(emails.get(1));
        assertThat(second.get("totalPages").asInt()).isEqualTo(3);
        assertThat(texts(
                        body(api.get("/api/v1/users?sort=lastSignIn,desc", token))
                                .get("items"),
                        "id"))
                .hasSize(3);

        HttpResponse<String> unknownKey = api.get("/api/v1/users?sort=password", token);
        assertThat(unknownKey.statusCode()).isEqualTo(400);
        assertThat(unknownKey.body()).contains("\"field\":\"sort\"");

        String page = mvc.perform(
                        get("/admin/users").param("sort", "email,desc").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.indexOf(emails.get(2))).isLessThan(page.indexOf(emails.get(0)));
        assertThat(page).contains("aria-sort=\"descending\"", "href=\"/admin/users?sort=lastSignIn\"");
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> texts = new ArrayList<>();
        items.forEach(item -> texts.add(item.get(field).asString()));
        return texts;
    }
}
