package io.mekiki.identity;

import static io.mekiki.ApiCaller.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.PageClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

class WebSecurityIT extends ApplicationTest {

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagePostWithoutCsrfTokenIsForbidden() {
        PageClient stranger = new PageClient(port);
        stranger.get("/login");

        HttpResponse<String> response = stranger.post("/language", Map.of("lang", "en", "returnTo", "/login"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(stranger.cookie("mekiki-lang")).isEmpty();
    }

    @Test
    void signOutWithoutCsrfTokenIsForbiddenAndKeepsTheSession() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);
        PageClient browser = new PageClient(port).signedInAs(user.email(), IdentityFixtures.PASSWORD);

        HttpResponse<String> response = browser.post("/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void signingInChangesTheSessionId() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);
        PageClient browser = new PageClient(port);
        browser.get("/login");
        String before = browser.cookie(PageClient.SESSION_COOKIE).orElseThrow();

        HttpResponse<String> signedIn = browser.signIn(user.email(), IdentityFixtures.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        String after = browser.cookie(PageClient.SESSION_COOKIE).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        PageClient withTheOldSession = new PageClient(port).withCookie(PageClient.SESSION_COOKIE, before);
        HttpResponse<String> old = withTheOldSession.get("/");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);
        PageClient browser = new PageClient(port);
        List<HttpResponse<String>> pages = new ArrayList<>();
        pages.add(browser.get("/login"));
        browser.signedInAs(user.email(), IdentityFixtures.PASSWORD);
        pages.add(browser.get("/"));

        for (HttpResponse<String> page : pages) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(header(page, "Content-Security-Policy"))
                    .contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
            assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(page, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);

        HttpResponse<String> me = new ApiCaller(port).get("/api/v1/me", fixtures.token(user));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(header(me, "Content-Security-Policy")).contains("default-src 'none'");
        assertThat(header(me, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(me.headers().firstValue("Set-Cookie"))
                .as("the API keeps no session")
                .isEmpty();
    }

    @Test
    void healthAndInfoArePublic() {
        PageClient stranger = new PageClient(port);

        HttpResponse<String> health = stranger.get("/actuator/health");
        HttpResponse<String> info = stranger.get("/actuator/info");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(body(health).path("status").asString()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("components", "diskSpace");
        assertThat(info.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/loggers",
                "/actuator/metrics",
                "/actuator/mappings",
                "/actuator/sessions",
                "/actuator/shutdown"
            })
    void otherActuatorEndpointsAreNotExposed(String path) {
        assertThat(new PageClient(port).get(path).statusCode()).isNotEqualTo(200);

        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN, Role.EXECUTIVE);
        PageClient signedIn = new PageClient(port).signedInAs(admin.email(), IdentityFixtures.PASSWORD);
        assertThat(signedIn.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void apiDocumentationIsServedAndDocumentsTheApi() {
        HttpResponse<String> docs = new PageClient(port).get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = body(docs).path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/auth/tokens", "/api/v1/audit/verify", "/api/v1/users");
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/"));
        assertThat(paths.path("/api/v1/auth/tokens").has("post")).isTrue();
    }

    @Test
    void signInPageSpeaksEnglishToEnglishBrowsers() {
        HttpResponse<String> page =
                new PageClient(port).acceptLanguage("en-US,en;q=0.9").get("/login");

        assertThat(page.body())
                .contains(text("login.title", Locale.ENGLISH), text("login.submit", Locale.ENGLISH))
                .containsPattern("<html[^>]*\\slang=\"en\"")
                .doesNotContain(text("login.title", Locale.JAPANESE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "ja-JP,ja;q=0.9,en;q=0.8", "fr-FR", ""})
    void signInPageSpeaksJapaneseOtherwise(String acceptLanguage) {
        PageClient browser = new PageClient(port);
        if (!acceptLanguage.isEmpty()) {
            browser.acceptLanguage(acceptLanguage);
        }

        HttpResponse<String> page = browser.get("/login");

        assertThat(page.body())
                .contains(text("login.title", Locale.JAPANESE))
                .containsPattern("<html[^>]*\\slang=\"ja\"")
                .doesNotContain(text("login.title", Locale.ENGLISH));
    }

    @Test
    void chosenLanguageOverridesTheBrowserAndReturnsToThePage() {
        PageClient browser = new PageClient(port).acceptLanguage("ja");

        HttpResponse<String> switched =
                browser.submit("/login", "/language", Map.of("lang", "en", "returnTo", "/login"));

        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(path(switched)).isEqualTo("/login");
        assertThat(browser.get("/login").body()).contains(text("login.title", Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "/\t/evil.example", "https://evil.example/"})
    void languageSwitchNeverRedirectsElsewhere(String returnTo) {
        PageClient browser = new PageClient(port);

        HttpResponse<String> switched =
                browser.submit("/login", "/language", Map.of("lang", "en", "returnTo", returnTo));

        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(path(switched)).isEqualTo("/");
    }

    @Test
    void wrongPasswordShowsTheErrorInJapanese() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);
        PageClient browser = new PageClient(port);

        HttpResponse<String> refused = browser.signIn(user.email(), "not the right password");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(path(refused)).isEqualTo("/login?error");
        assertThat(browser.get(path(refused)).body()).contains(html(text("login.error", Locale.JAPANESE)));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void fiveFailuresMakeTheFormWaitEvenForTheRightPasswordAndSayHowLong() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);
        PageClient browser = new PageClient(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(path(browser.signIn(user.email(), "wrong password " + attempt)))
                    .isEqualTo("/login?error");
        }

        HttpResponse<String> throttled = browser.signIn(user.email(), IdentityFixtures.PASSWORD);

        assertThat(path(throttled)).matches("/login\\?throttled=\\d+");
        long seconds = Long.parseLong(path(throttled).substring("/login?throttled=".length()));
        assertThat(seconds).isBetween(1L, 30L);
        assertThat(browser.get(path(throttled)).body())
                .contains(html(
                        messages.getMessage("identity.throttled.seconds", new Object[] {seconds}, Locale.JAPANESE)));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theWaitIsToldInTheReadersLanguageInSecondsOrMinutes() {
        PageClient english = new PageClient(port).acceptLanguage("en");

        assertThat(english.get("/login?throttled=37").body()).contains("Please try again in 37 seconds.");
        assertThat(english.get("/login?throttled=290").body()).contains("Please try again in 5 minutes.");
        assertThat(new PageClient(port).get("/login?throttled=37").body()).contains("37 秒後にもう一度お試しください。");
        assertThat(english.get("/login?throttled=nonsense").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAUserEndsTheirSessionsAtOnce() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser user = fixtures.user(admin.organizationId(), Role.RISK_OFFICER);
        PageClient browser = new PageClient(port).signedInAs(user.email(), IdentityFixtures.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(user)).isEqualTo(1);

        HttpResponse<String> disabled =
                new ApiCaller(port).post("/api/v1/users/" + user.userId() + "/disable", fixtures.token(admin), null);
        assertThat(disabled.statusCode()).isEqualTo(200);

        assertThat(sessionsOf(user)).isZero();
        HttpResponse<String> next = browser.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(path(next)).isEqualTo("/login");
        assertThat(path(browser.signIn(user.email(), IdentityFixtures.PASSWORD)))
                .as("a disabled account is refused like a wrong password")
                .isEqualTo("/login?error");
    }

    @Test
    void aSessionThatOutlivesItsUsersAccessIsEndedAtTheNextRequest() {
        MekikiUser user = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        PageClient browser = new PageClient(port).signedInAs(user.email(), IdentityFixtures.PASSWORD);
        // disabled behind the application's back, so that only the per-request check can notice
        jdbc.sql("update identity_user_account set enabled = false where id = ?")
                .param(user.userId())
                .update();

        HttpResponse<String> next = browser.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(path(next)).isEqualTo("/login?disabled");
        assertThat(browser.get(path(next)).body()).contains(html(text("login.disabled", Locale.JAPANESE)));
        HttpResponse<String> after = browser.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(path(after)).isEqualTo("/login");
    }

    private long sessionsOf(MekikiUser user) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(user.email())
                .query(Long.class)
                .single();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** The redirect target without scheme, host and port. */
    private String path(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith(url("")) ? location.substring(url("").length()) : location;
    }
}
