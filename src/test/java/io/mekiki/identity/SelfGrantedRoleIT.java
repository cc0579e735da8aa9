package io.mekiki.identity;

import static io.mekiki.ApiCaller.PROBLEM_JSON;
import static io.mekiki.ApiCaller.body;
import static io.mekiki.ApiCaller.contentType;
import static io.mekiki.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** An administrator cannot make themselves an executive alone: another administrator confirms it. */
class SelfGrantedRoleIT extends ApplicationTest {

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    ApiCaller api;

    @BeforeEach
    void client() {
        api = new ApiCaller(port);
    }

    @Test
    void theOnlyAdministratorIsRefusedTheExecutiveRoleWithAClearMessage() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);

        HttpResponse<String> refused = setRoles(token, admin, "ADMIN", "EXECUTIVE");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(contentType(refused)).startsWith(PROBLEM_JSON);
        assertThat(body(refused).path("detail").asString())
                .isEqualTo("自分自身に経営層ロールを付与するには、ほかの管理者の承認が必要です。管理者があなた一人のため、この変更はできません。");
        assertThat(roles(token, admin)).containsExactly("ADMIN");
        assertThat(body(api.get("/api/v1/users/" + admin.userId(), token)).path("pendingRoles"))
                .isEmpty();
    }

    @Test
    void aSelfGrantWaitsUntilAnotherAdministratorConfirmsItAndTheLedgerShowsBoth() {
        MekikiUser requester = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser confirmer = fixtures.user(requester.organizationId(), Role.ADMIN);
        String requesterToken = fixtures.token(requester);
        String confirmerToken = fixtures.token(confirmer);

        HttpResponse<String> asked = setRoles(requesterToken, requester, "ADMIN", "AUDITOR", "EXECUTIVE");

        assertThat(asked.statusCode()).isEqualTo(202);
        assertThat(names(body(asked).path("roles"))).containsExactlyInAnyOrder("ADMIN", "AUDITOR");
        JsonNode pending = body(asked).path("pendingRoles");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).path("role").asString()).isEqualTo("EXECUTIVE");
        assertThat(pending.get(0).path("requestedBy").asString())
                .isEqualTo(requester.userId().toString());
        assertThat(names(body(api.get("/api/v1/me", requesterToken)).path("roles")))
                .doesNotContain("EXECUTIVE");

        HttpResponse<String> ownConfirmation = api.post(confirmPath(requester), requesterToken, null);
        assertThat(ownConfirmation.statusCode()).isEqualTo(403);
        assertThat(body(ownConfirmation).path("detail").asString()).isEqualTo("自分で申請したロールは承認できません。ほかの管理者が承認します。");

        HttpResponse<String> confirmed = api.post(confirmPath(requester), confirmerToken, null);

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(names(body(confirmed).path("roles"))).containsExactlyInAnyOrder("ADMIN", "AUDITOR", "EXECUTIVE");
        assertThat(body(confirmed).path("pendingRoles")).isEmpty();
        assertThat(names(body(api.get("/api/v1/me", requesterToken)).path("roles")))
                .contains("EXECUTIVE");
        assertThat(api.post(confirmPath(requester), confirmerToken, null).statusCode())
                .as("confirmed once only")
                .isEqualTo(404);

        List<Map<String, Object>> ledger = jdbc.sql("select actor_id, actor_name, action, change from audit_entry"
                        + " where organization_id = ? and subject_id = ? order by sequence")
                .params(requester.organizationId(), requester.userId().toString())
                .query()
                .listOfRows();
        assertThat(ledger)
                .extracting(row -> row.get("action"))
                .containsExactly(
                        "identity.user.roles-changed",
                        "identity.user.role-grant-requested",
                        "identity.user.role-grant-confirmed");
        assertThat(ledger.get(1).get("actor_id")).isEqualTo(requester.userId().toString());
        Map<String, Object> confirmation = ledger.get(2);
        assertThat(confirmation.get("actor_id")).isEqualTo(confirmer.userId().toString());
        assertThat((String) confirmation.get("change"))
                .contains("\"requestedBy\":\"" + requester.displayName() + " <" + requester.email() + ">\"")
                .contains("\"decidedBy\":\"" + confirmer.displayName() + " <" + confirmer.email() + ">\"")
                .contains("\"role\":\"EXECUTIVE\"");
    }

    @Test
    void aDeclinedSelfGrantLeavesTheRolesAsTheyWere() {
        MekikiUser requester = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser other = fixtures.user(requester.organizationId(), Role.ADMIN);
        String requesterToken = fixtures.token(requester);
        String otherToken = fixtures.token(other);
        assertThat(setRoles(requesterToken, requester, "ADMIN", "EXECUTIVE").statusCode())
                .isEqualTo(202);

        HttpResponse<String> declined =
                api.post("/api/v1/users/" + requester.userId() + "/pending-roles/EXECUTIVE/decline", otherToken, null);

        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(names(body(declined).path("roles"))).containsExactly("ADMIN");
        assertThat(body(declined).path("pendingRoles")).isEmpty();
        assertThat(api.post(confirmPath(requester), otherToken, null).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_entry where organization_id = ? and action = ?")
                        .params(requester.organizationId(), "identity.user.role-grant-declined")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void grantingTheExecutiveRoleToSomeoneElseNeedsNoConfirmation() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser colleague = fixtures.user(admin.organizationId(), Role.ADMIN);
        String token = fixtures.token(admin);

        HttpResponse<String> granted = setRoles(token, colleague, "ADMIN", "EXECUTIVE");

        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(names(body(granted).path("roles"))).containsExactlyInAnyOrder("ADMIN", "EXECUTIVE");
        assertThat(body(granted).path("pendingRoles")).isEmpty();
    }

    @Test
    void thePagesShowThePendingGrantToBothAdministratorsAndTheOtherConfirmsIt() throws Exception {
        MekikiUser requester = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser confirmer = fixtures.user(requester.organizationId(), Role.ADMIN);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        String userPage = "/admin/users/" + requester.userId();

        mvc.perform(post(userPage + "/roles")
                        .param("roles", "ADMIN", "EXECUTIVE")
                        .with(user(requester))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(userPage));

        String seenByRequester = html(mvc, userPage, requester);
        assertThat(seenByRequester)
                .contains("承認待ちのロール")
                .contains("あなたの申請です。ほかの管理者が承認または却下します。")
                .contains("申請を取り下げる")
                .doesNotContain("/pending-roles/EXECUTIVE/confirm");
        assertThat(html(mvc, "/admin/users", confirmer)).contains("経営層（承認待ち）");
        assertThat(html(mvc, userPage, confirmer)).contains(userPage + "/pending-roles/EXECUTIVE/confirm");

        mvc.perform(post(userPage + "/pending-roles/EXECUTIVE/confirm")
                        .with(user(confirmer))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(userPage));

        assertThat(html(mvc, userPage, confirmer)).doesNotContain("承認待ちのロール");
        assertThat(jdbc.sql("select role from identity_user_role where user_id = ?")
                        .param(requester.userId())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("ADMIN", "EXECUTIVE");
    }

    private static String html(MockMvc mvc, String path, MekikiUser viewer) throws Exception {
        return mvc.perform(get(path).with(user(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private HttpResponse<String> setRoles(String token, MekikiUser user, String... roles) {
        return api.send(
                "PUT", "/api/v1/users/" + user.userId() + "/roles", token, json(Map.of("roles", List.of(roles))));
    }

    private List<String> roles(String token, MekikiUser user) {
        return names(body(api.get("/api/v1/users/" + user.userId(), token)).path("roles"));
    }

    private static String confirmPath(MekikiUser requester) {
        return "/api/v1/users/" + requester.userId() + "/pending-roles/EXECUTIVE/confirm";
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.asString()));
        return names;
    }
}
