package io.mekiki.identity;

import static io.mekiki.ApiCaller.body;
import static io.mekiki.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.PageClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A new password or a disabled account shuts out whoever held a session, a token or a link before. */
class AccessEndsIT extends ApplicationTest {

    static final String NEW_PASSWORD = "another long and fresh passphrase";

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
    void aPasswordChangedOnThePageEndsTheOtherSessionsAndRevokesEveryToken() {
        MekikiUser user = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        String token = fixtures.token(user);
        PageClient here = new PageClient(port).signedInAs(user.email(), IdentityFixtures.PASSWORD);
        PageClient elsewhere = new PageClient(port).signedInAs(user.email(), IdentityFixtures.PASSWORD);
        assertThat(sessionsOf(user)).isEqualTo(2);

        HttpResponse<String> changed = here.submit(
                "/account",
                "/account/password",
                Map.of(
                        "currentPassword", IdentityFixtures.PASSWORD,
                        "newPassword", NEW_PASSWORD,
                        "newPasswordConfirmation", NEW_PASSWORD));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/account#password"));
        assertThat(here.get("/account").body()).contains("ほかの端末のセッションは終了し、APIトークンはすべて失効させました。");
        assertThat(elsewhere.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(sessionsOf(user)).isEqualTo(1);
        assertThat(api.get("/api/v1/me", token).statusCode()).isEqualTo(401);
        assertThat(ledgerChange(user, "identity.user.password-changed"))
                .contains("\"endedSessions\":1")
                .contains("\"revokedTokens\":1");
        new PageClient(port).signedInAs(user.email(), NEW_PASSWORD);
    }

    @Test
    void aPasswordChangedThroughTheApiEndsEverySessionAndRevokesEveryTokenIncludingTheCallers() {
        MekikiUser user = fixtures.userInNewOrganization(Role.AUDITOR);
        String calling = fixtures.token(user);
        String other = fixtures.token(user);
        PageClient browser = new PageClient(port).signedInAs(user.email(), IdentityFixtures.PASSWORD);

        HttpResponse<String> changed = api.send(
                "PUT",
                "/api/v1/me/password",
                calling,
                json(Map.of("currentPassword", IdentityFixtures.PASSWORD, "newPassword", NEW_PASSWORD)));

        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", calling).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", other).statusCode()).isEqualTo(401);
        assertThat(browser.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(sessionsOf(user)).isZero();
        assertThat(api.issueToken(user.email(), NEW_PASSWORD, "after the change")
                        .statusCode())
                .isEqualTo(201);
        assertThat(ledgerChange(user, "identity.user.password-changed"))
                .contains("\"endedSessions\":1")
                .contains("\"revokedTokens\":2");
    }

    @Test
    void wrongCurrentPasswordsThroughTheApiAreThrottledLikeSignIns() {
        MekikiUser user = fixtures.userInNewOrganization(Role.AUDITOR);
        String token = fixtures.token(user);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(changePassword(token, "guess " + attempt).statusCode()).isEqualTo(400);
        }

        HttpResponse<String> throttled = changePassword(token, IdentityFixtures.PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 30L);
        assertThat(body(throttled).path("detail").asString()).contains("秒後にもう一度お試しください。");
        assertThat(api.get("/api/v1/me", token).statusCode())
                .as("nothing changed: the token still works")
                .isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsOnThePageAreThrottledAndTheFormSaysWhenToTryAgain() throws Exception {
        MekikiUser user = fixtures.userInNewOrganization(Role.AUDITOR);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        String client = SignInThrottlingIT.newClient();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(changeOnPage(mvc, user, "guess " + attempt, client).getStatus())
                    .isEqualTo(422);
        }

        MockHttpServletResponse throttled = changeOnPage(mvc, user, IdentityFixtures.PASSWORD, client);

        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getContentAsString())
                .contains("id=\"currentPassword-error\"")
                .contains("秒後にもう一度お試しください。");
        assertThat(new PageClient(port)
                        .signIn(user.email(), IdentityFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .as("the password is unchanged")
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
    }

    @Test
    void disablingRevokesTokensForGoodAndEnablingDoesNotBringThemBack() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser user = fixtures.user(admin.organizationId(), Role.RISK_OFFICER);
        String adminToken = fixtures.token(admin);
        String token = fixtures.token(user);
        assertThat(api.get("/api/v1/me", token).statusCode()).isEqualTo(200);

        assertThat(api.post("/api/v1/users/" + user.userId() + "/disable", adminToken, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/me", token).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/v1/users/" + user.userId() + "/enable", adminToken, null)
                        .statusCode())
                .isEqualTo(200);

        assertThat(api.get("/api/v1/me", token).statusCode())
                .as("the old token stays revoked")
                .isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from identity_api_token where user_id = ? and revoked_at is null")
                        .param(user.userId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(ledgerChange(user, "identity.user.disabled")).contains("\"revokedTokens\":1");
        assertThat(api.issueToken(user.email(), IdentityFixtures.PASSWORD, "a new one")
                        .statusCode())
                .as("a new token can be issued once enabled")
                .isEqualTo(201);
    }

    @Test
    void disablingVoidsAPendingActivationLinkAndEnablingDoesNotRevive() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String adminToken = fixtures.token(admin);
        HttpResponse<String> invited = api.post(
                "/api/v1/users",
                adminToken,
                json(Map.of(
                        "email",
                        "invited-" + UUID.randomUUID() + "@example.test",
                        "displayName",
                        "Invited",
                        "roles",
                        List.of("AUDITOR"))));
        String userId = body(invited).path("userId").asString();
        String link = activationPath(body(invited).path("activationUrl").asString());
        PageClient browser = new PageClient(port);
        assertThat(browser.get(link).statusCode()).isEqualTo(200);

        api.post("/api/v1/users/" + userId + "/disable", adminToken, null);

        assertThat(browser.get(link).statusCode()).isEqualTo(404);
        HttpResponse<String> reissueWhileDisabled =
                api.post("/api/v1/users/" + userId + "/activation", adminToken, null);
        assertThat(reissueWhileDisabled.statusCode()).isEqualTo(409);
        assertThat(body(reissueWhileDisabled).path("detail").asString()).contains("先にユーザーを有効にしてください");
        api.post("/api/v1/users/" + userId + "/enable", adminToken, null);
        assertThat(browser.get(link).statusCode()).as("the old link stays void").isEqualTo(404);
        HttpResponse<String> reissued = api.post("/api/v1/users/" + userId + "/activation", adminToken, null);
        assertThat(reissued.statusCode()).isEqualTo(200);
        assertThat(browser.get(activationPath(
                                body(reissued).path("activationUrl").asString()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aResetByAnAdministratorEndsEverySessionRevokesTheTokensAndTheNewLinkSetsThePassword() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser user = fixtures.user(admin.organizationId(), Role.EXECUTIVE);
        String adminToken = fixtures.token(admin);
        String token = fixtures.token(user);
        PageClient browser = new PageClient(port).signedInAs(user.email(), IdentityFixtures.PASSWORD);

        HttpResponse<String> reset = api.post("/api/v1/users/" + user.userId() + "/password-reset", adminToken, null);

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(browser.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(sessionsOf(user)).isZero();
        assertThat(api.get("/api/v1/me", token).statusCode()).isEqualTo(401);
        assertThat(ledgerChange(user, "identity.user.password-reset"))
                .contains("\"endedSessions\":1")
                .contains("\"revokedTokens\":1");
        String link = activationPath(body(reset).path("activationUrl").asString());
        HttpResponse<String> chosen = new PageClient(port)
                .submit(link, link, Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
        assertThat(chosen.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        new PageClient(port).signedInAs(user.email(), NEW_PASSWORD);

        HttpResponse<String> own = api.post("/api/v1/users/" + admin.userId() + "/password-reset", adminToken, null);
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(body(own).path("detail").asString()).contains("「マイアカウント」で変更してください");
    }

    @Test
    void theUserPageOffersTheResetAndShowsTheNewLinkOnce() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser user = fixtures.user(admin.organizationId(), Role.AUDITOR);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        String userPage = "/admin/users/" + user.userId();
        assertThat(mvc.perform(get(userPage).with(user(admin)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(userPage + "/password-reset")
                .contains("パスワードをリセットする");

        MockHttpServletResponse reset = mvc.perform(
                        post(userPage + "/password-reset").with(user(admin)).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(reset.getRedirectedUrl()).isEqualTo(userPage);
        assertThat(jdbc.sql("select password_hash is null and activation_token_hash is not null"
                                + " from identity_user_account where id = ?")
                        .param(user.userId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private HttpResponse<String> changePassword(String token, String currentPassword) {
        return api.send(
                "PUT",
                "/api/v1/me/password",
                token,
                json(Map.of("currentPassword", currentPassword, "newPassword", NEW_PASSWORD)));
    }

    private static MockHttpServletResponse changeOnPage(MockMvc mvc, MekikiUser user, String current, String client)
            throws Exception {
        return mvc.perform(post("/account/password")
                        .param("currentPassword", current)
                        .param("newPassword", NEW_PASSWORD)
                        .param("newPasswordConfirmation", NEW_PASSWORD)
                        .with(user(user))
                        .with(csrf())
                        .with(SignInThrottlingIT.from(client)))
                .andReturn()
                .getResponse();
    }

    private static String activationPath(String url) {
        return url.substring(url.indexOf("/activate"));
    }

    private long sessionsOf(MekikiUser user) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(user.email())
                .query(Long.class)
                .single();
    }

    private String ledgerChange(MekikiUser user, String action) {
        return jdbc.sql("select change from audit_entry where organization_id = ? and action = ? and subject_id = ?"
                        + " order by sequence desc limit 1")
                .params(user.organizationId(), action, user.userId().toString())
                .query(String.class)
                .single();
    }
}
