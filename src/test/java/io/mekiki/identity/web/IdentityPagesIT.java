package io.mekiki.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.ApiTokens;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.Role;
import io.mekiki.identity.UserAccount;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The account and user-administration pages, driven through the real security filter chain. */
class IdentityPagesIT extends ApplicationTest {

    static final String NEW_PASSWORD = "a brand new and long passphrase";
    static final Pattern TOKEN_SECRET = Pattern.compile("data-token-secret[^>]*>(mkk_[A-Za-z0-9_-]+)<");
    static final Pattern ACTIVATION_LINK = Pattern.compile("(http://[^\"<\\s]+/activate\\?token=(act_[A-Za-z0-9_-]+))");
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebApplicationContext context;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MyAccount accounts;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void aNewTokenIsShownOnceAndThenListedWithoutItsSecret() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/account/tokens")
                        .param("tokenName", "Nightly export")
                        .with(user(owner))
                        .with(csrf())
                        .session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account#tokens"));

        String firstView = page(get("/account").with(user(owner)).session(session));
        String secret = find(TOKEN_SECRET, firstView, 1);
        assertThat(firstView).contains("このトークンは二度と表示されません。");
        assertThat(tokens.authenticate(secret)).map(UserAccount::id).contains(owner.userId());

        String reloaded = page(get("/account").with(user(owner)).session(session));
        assertThat(reloaded).contains("Nightly export").doesNotContain(secret).doesNotContain("data-token-secret");
    }

    @Test
    void aTokenWithoutNameIsRefusedAtTheFieldAndNothingIsCreated() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.RISK_OFFICER);

        String page = mvc.perform(post("/account/tokens")
                        .param("tokenName", "   ")
                        .with(user(owner))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"tokenName-error\"").contains("入力してください。");
        assertThat(tokens.tokensOf(owner)).isEmpty();
    }

    @Test
    void aRevokedTokenStopsWorkingAndIsShownAsRevoked() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.EXECUTIVE);
        String secret = fixtures.token(owner);
        UUID tokenId = tokens.tokensOf(owner).get(0).id();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/account/tokens/{id}/revoke", tokenId)
                        .with(user(owner))
                        .with(csrf())
                        .session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account#tokens"));

        assertThat(tokens.authenticate(secret)).isEmpty();
        String page = page(get("/account").with(user(owner)).session(session));
        assertThat(page).contains("トークン「test token」を失効させました。").contains("status-disabled");

        mvc.perform(post("/account/tokens/{id}/revoke", tokenId)
                        .with(user(owner))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content("このトークンはすでに失効しています。"));
    }

    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.EXECUTIVE);
        MekikiUser colleague = fixtures.user(owner.organizationId(), Role.ADMIN);
        String secret = fixtures.token(owner);
        UUID tokenId = tokens.tokensOf(owner).get(0).id();

        mvc.perform(post("/account/tokens/{id}/revoke", tokenId)
                        .with(user(colleague))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(tokens.authenticate(secret)).isPresent();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndTheOldPasswordStillWorks() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);

        String page = mvc.perform(post("/account/password")
                        .param("currentPassword", "not my password at all")
                        .param("newPassword", NEW_PASSWORD)
                        .param("newPasswordConfirmation", NEW_PASSWORD)
                        .with(user(owner))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"currentPassword-error\"").contains("現在のパスワードが正しくありません。");
        mvc.perform(signIn(owner.email(), IdentityFixtures.PASSWORD)).andExpect(authenticated());
        mvc.perform(signIn(owner.email(), NEW_PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void aWeakOrMistypedNewPasswordIsRefusedAtItsFieldAndAGoodOneIsAccepted() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);

        mvc.perform(changePassword(owner, "too short", "too short"))
                .andExpect(status().is(422))
                .andExpect(content("id=\"newPassword-error\""))
                .andExpect(content("パスワードは12文字以上にしてください。"));
        mvc.perform(changePassword(owner, NEW_PASSWORD, NEW_PASSWORD + " typo"))
                .andExpect(status().is(422))
                .andExpect(content("id=\"newPasswordConfirmation-error\""))
                .andExpect(content("確認用のパスワードが一致しません。"));
        mvc.perform(signIn(owner.email(), IdentityFixtures.PASSWORD)).andExpect(authenticated());

        MockHttpSession session = new MockHttpSession();
        mvc.perform(changePassword(owner, NEW_PASSWORD, NEW_PASSWORD).session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account#password"));
        assertThat(page(get("/account").with(user(owner)).session(session))).contains("パスワードを変更しました。");
        mvc.perform(signIn(owner.email(), NEW_PASSWORD)).andExpect(authenticated());
        mvc.perform(signIn(owner.email(), IdentityFixtures.PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void anInvitedUserActivatesThroughTheLinkShownOnceAndSignsIn() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String email = "invited-" + UUID.randomUUID() + "@example.test";
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/admin/users")
                        .param("email", email)
                        .param("displayName", "Hanako Invited")
                        .param("roles", "RISK_OFFICER", "AUDITOR")
                        .param("language", "en")
                        .with(user(admin))
                        .with(csrf())
                        .session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/users"));

        String list = page(get("/admin/users").with(user(admin)).session(session));
        String token = find(ACTIVATION_LINK, list, 2);
        assertThat(list).contains("Hanako Invited").contains(email).contains("有効化待ち");
        assertThat(page(get("/admin/users").with(user(admin)).session(session)))
                .contains("Hanako Invited")
                .doesNotContain(token);

        mvc.perform(get("/activate").param("token", token)).andExpect(status().isOk());
        mvc.perform(post("/activate")
                        .param("token", token)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirmation", NEW_PASSWORD)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(signIn(email, NEW_PASSWORD))
                .andExpect(authenticated().withUsername(email).withRoles("RISK_OFFICER", "AUDITOR"));
        assertThat(page(get("/admin/users").with(user(admin)))).doesNotContain("有効化待ち");
    }

    @Test
    void aNewActivationLinkReplacesTheOldOne() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String email = "reissue-" + UUID.randomUUID() + "@example.test";
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/admin/users")
                        .param("email", email)
                        .param("displayName", "Taro Late")
                        .param("roles", "EXECUTIVE")
                        .param("language", "ja")
                        .with(user(admin))
                        .with(csrf())
                        .session(session))
                .andExpect(status().isFound());
        String firstToken =
                find(ACTIVATION_LINK, page(get("/admin/users").with(user(admin)).session(session)), 2);
        UUID invitedId = accounts.pendingActivation(firstToken).orElseThrow().id();

        mvc.perform(post("/admin/users/{id}/activation", invitedId)
                        .with(user(admin))
                        .with(csrf())
                        .session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/users/" + invitedId));
        String secondToken = find(
                ACTIVATION_LINK,
                page(get("/admin/users/{id}", invitedId).with(user(admin)).session(session)),
                2);

        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(accounts.pendingActivation(firstToken)).isEmpty();
        assertThat(accounts.pendingActivation(secondToken)).map(UserAccount::id).contains(invitedId);
    }

    @Test
    void anInvitationForARegisteredAddressIsRefusedAtTheField() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser existing = fixtures.user(admin.organizationId(), Role.AUDITOR);

        mvc.perform(post("/admin/users")
                        .param("email", existing.email())
                        .param("displayName", "Someone Else")
                        .param("roles", "EXECUTIVE")
                        .param("language", "ja")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content("id=\"email-error\""))
                .andExpect(content(existing.email() + " はすでに登録されています。"));
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser colleague = fixtures.user(admin.organizationId(), Role.RISK_OFFICER);

        mvc.perform(post("/admin/users/{id}/disable", colleague.userId())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/users/" + colleague.userId()));
        mvc.perform(signIn(colleague.email(), IdentityFixtures.PASSWORD)).andExpect(unauthenticated());
        assertThat(page(get("/admin/users/{id}", colleague.userId()).with(user(admin))))
                .contains("status-disabled");

        mvc.perform(post("/admin/users/{id}/enable", colleague.userId())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(signIn(colleague.email(), IdentityFixtures.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void onlyAdministratorsOpenTheUserPages() throws Exception {
        MekikiUser executive = fixtures.userInNewOrganization(Role.EXECUTIVE, Role.AUDITOR);

        mvc.perform(get("/admin/users").with(user(executive))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users")
                        .param("email", "sneaky-" + UUID.randomUUID() + "@example.test")
                        .param("displayName", "Sneaky")
                        .param("roles", "ADMIN")
                        .param("language", "ja")
                        .with(user(executive))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/{id}", executive.userId()).with(user(executive)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorSeesNoUserOfAnotherOrganization() throws Exception {
        MekikiUser adminOfA = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser userOfB = fixtures.userInNewOrganization(Role.EXECUTIVE);

        mvc.perform(get("/admin/users/{id}", userOfB.userId()).with(user(adminOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/disable", userOfB.userId())
                        .with(user(adminOfA))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(page(get("/admin/users").with(user(adminOfA)))).doesNotContain(userOfB.email());
        assertThat(accounts.profile(userOfB).enabled()).isTrue();
    }

    @Test
    void theLastAdministratorKeepsTheAdministratorRoleAndCannotDisableThemself() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);

        mvc.perform(post("/admin/users/{id}/roles", admin.userId())
                        .param("roles", "AUDITOR")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content("有効な管理者が一人もいなくなるため、この変更はできません。"));
        assertThat(accounts.profile(admin).roles()).containsExactly(Role.ADMIN);

        mvc.perform(post("/admin/users/{id}/disable", admin.userId())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content("自分自身を無効にすることはできません。"));
        assertThat(accounts.profile(admin).enabled()).isTrue();
    }

    @Test
    void rolesChangeWhenAnotherAdministratorRemains() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser colleague = fixtures.user(admin.organizationId(), Role.BUSINESS_OWNER);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/admin/users/{id}/roles", colleague.userId())
                        .param("roles", "EXECUTIVE", "ADMIN")
                        .with(user(admin))
                        .with(csrf())
                        .session(session))
                .andExpect(status().isFound());
        assertThat(accounts.profile(colleague).roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.ADMIN);
        assertThat(page(get("/admin/users/{id}", colleague.userId())
                        .with(user(admin))
                        .session(session)))
                .contains("のロールを変更しました。");

        mvc.perform(post("/admin/users/{id}/roles", admin.userId())
                        .param("roles", "AUDITOR")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account"));
        assertThat(accounts.profile(admin).roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.RISK_OFFICER);

        mvc.perform(post("/account/tokens").param("tokenName", "forged").with(user(owner)))
                .andExpect(status().isForbidden());

        assertThat(tokens.tokensOf(owner)).isEmpty();
    }

    /** Over real HTTP, so the one-time secret also survives the database-backed session between requests. */
    @Test
    void theOneTimeSecretTravelsThroughTheRealSession() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        String login = httpGet(browser, "/login").body();
        HttpResponse<String> signedIn = httpPost(
                browser,
                "/login",
                Map.of("email", owner.email(), "password", IdentityFixtures.PASSWORD, "_csrf", csrfOf(login)));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

        String account = httpGet(browser, "/account").body();
        HttpResponse<String> created =
                httpPost(browser, "/account/tokens", Map.of("tokenName", "Real session", "_csrf", csrfOf(account)));
        assertThat(created.statusCode()).isEqualTo(302);

        String secret = find(TOKEN_SECRET, httpGet(browser, "/account").body(), 1);
        assertThat(tokens.authenticate(secret)).map(UserAccount::id).contains(owner.userId());
        assertThat(httpGet(browser, "/account").body()).contains("Real session").doesNotContain(secret);
    }

    private MockHttpServletRequestBuilder changePassword(MekikiUser owner, String newPassword, String confirmation) {
        return post("/account/password")
                .param("currentPassword", IdentityFixtures.PASSWORD)
                .param("newPassword", newPassword)
                .param("newPasswordConfirmation", confirmation)
                .with(user(owner))
                .with(csrf());
    }

    private static org.springframework.test.web.servlet.RequestBuilder signIn(String email, String password) {
        return formLogin("/login").userParameter("email").user(email).password(password);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request).andExpect(status().isOk());
        return result.andReturn().getResponse().getContentAsString();
    }

    private static org.springframework.test.web.servlet.ResultMatcher content(String expected) {
        return result -> assertThat(result.getResponse().getContentAsString()).contains(expected);
    }

    private static String find(Pattern pattern, String page, int group) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(group);
    }

    private static String csrfOf(String page) {
        return find(CSRF_FIELD, page, 1);
    }

    private HttpResponse<String> httpGet(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> httpPost(HttpClient browser, String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
