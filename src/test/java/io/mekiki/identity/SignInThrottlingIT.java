package io.mekiki.identity;

import static io.mekiki.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in under attack, through the sign-in form and the token API, each request from a client address
 * of its own (as a proxy-aware server sees it), so that the throttle's keys can be told apart.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingIT extends ApplicationTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger((int) (Math.random() * 1_000_000));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignInThrottle throttle;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void unknownDisabledAndNotYetActivatedAddressesAreAnsweredLikeAWrongPassword() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser active = fixtures.user(admin.organizationId(), Role.AUDITOR);
        MekikiUser disabled = fixtures.user(admin.organizationId(), Role.AUDITOR);
        ApiCaller api = new ApiCaller(port);
        String adminToken = fixtures.token(admin);
        assertThat(api.post("/api/v1/users/" + disabled.userId() + "/disable", adminToken, null)
                        .statusCode())
                .isEqualTo(200);
        String invited = "invited-" + UUID.randomUUID() + "@example.test";
        assertThat(api.post(
                                "/api/v1/users",
                                adminToken,
                                json(Map.of("email", invited, "displayName", "Invited", "roles", List.of("AUDITOR"))))
                        .statusCode())
                .isEqualTo(201);
        Map<String, String> attempts = Map.of(
                "nobody-" + UUID.randomUUID() + "@example.test",
                IdentityFixtures.PASSWORD,
                disabled.email(),
                IdentityFixtures.PASSWORD,
                invited,
                IdentityFixtures.PASSWORD,
                active.email(),
                "not the right password");

        List<JsonNode> answers = new ArrayList<>();
        for (var attempt : attempts.entrySet()) {
            MockHttpServletResponse form = signIn(attempt.getKey(), attempt.getValue(), newClient());
            assertThat(form.getRedirectedUrl()).as(attempt.getKey()).isEqualTo("/login?error");

            MockHttpServletResponse token = issueToken(attempt.getKey(), attempt.getValue(), newClient());
            assertThat(token.getStatus()).as(attempt.getKey()).isEqualTo(401);
            JsonNode problem = JSON.readTree(token.getContentAsString());
            answers.add(problem);
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(answers.get(0).path("detail").asString()).isEqualTo("メールアドレスまたはパスワードが正しくありません。");
    }

    @Test
    void anAddressNoAccountCanHaveIsRefusedLikeAnUnknownOneNeverWithAServerError() throws Exception {
        for (String address : List.of("nul\u0000@example.test", "long-" + "x".repeat(8 * 1024) + "@example.test")) {
            MockHttpServletResponse form = signIn(address, "whatever it is", newClient());
            assertThat(form.getStatus()).isIn(302, 400);
            if (form.getStatus() == 302) {
                assertThat(form.getRedirectedUrl()).isEqualTo("/login?error");
            }
            assertThat(issueToken(address, "whatever it is", newClient()).getStatus())
                    .isIn(400, 401);
        }
    }

    @Test
    void anAttackerElsewhereCannotKeepThePersonOut() throws Exception {
        MekikiUser person = fixtures.userInNewOrganization(Role.ADMIN);
        String attacker = newClient();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(person.email(), "guess " + attempt, attacker).getRedirectedUrl())
                    .isEqualTo("/login?error");
        }

        assertThat(signIn(person.email(), IdentityFixtures.PASSWORD, attacker).getRedirectedUrl())
                .as("the attacker's own client must wait, even with the right password")
                .matches("/login\\?throttled=([1-9]|[12][0-9]|30)");
        assertThat(signIn(person.email(), IdentityFixtures.PASSWORD, newClient())
                        .getRedirectedUrl())
                .as("the person at their own client signs in")
                .isEqualTo("/");
        assertThat(issueToken(person.email(), IdentityFixtures.PASSWORD, newClient())
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void failuresFromManyClientsSlowTheAddressDownForAMinuteAtMost() throws Exception {
        MekikiUser person = fixtures.userInNewOrganization(Role.ADMIN);
        for (int attacker = 1; attacker <= 4; attacker++) {
            String client = newClient();
            for (int attempt = 1; attempt <= 4; attempt++) {
                signIn(person.email(), "guess " + attacker + "/" + attempt, client);
            }
        }

        String personsClient = newClient();
        MockHttpServletResponse slowed = issueToken(person.email(), IdentityFixtures.PASSWORD, personsClient);
        assertThat(slowed.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(slowed.getHeader("Retry-After"))).isBetween(1L, 60L);

        // a minute later (the failures are moved back in time rather than waited for)
        jdbc.sql("update identity_sign_in_failure set failed_at = failed_at - interval '61 seconds'"
                        + " where address_hash = ?")
                .param(SignInThrottle.addressHash(person.email()))
                .update();
        assertThat(signIn(person.email(), IdentityFixtures.PASSWORD, personsClient)
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void oneClientTryingManyAddressesIsSlowedDown() throws Exception {
        MekikiUser person = fixtures.userInNewOrganization(Role.EXECUTIVE);
        String sprayer = newClient();
        for (int address = 1; address <= 50; address++) {
            signIn("sprayed-" + UUID.randomUUID() + "@example.test", "Winter2026!", sprayer);
        }

        assertThat(issueToken(person.email(), IdentityFixtures.PASSWORD, sprayer)
                        .getStatus())
                .isEqualTo(429);
        assertThat(issueToken(person.email(), IdentityFixtures.PASSWORD, newClient())
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void aFloodOfFailuresEverywhereBrakesEveryClientThatFailed() throws Exception {
        MekikiUser person = fixtures.userInNewOrganization(Role.EXECUTIVE);
        // password spraying from many clients: 500 recent failures of many addresses (the default threshold)
        jdbc.sql("insert into identity_sign_in_failure (address_hash, client_address, failed_at)"
                        + " select md5(g::text) || md5(g::text), '192.0.2.' || (g % 250), now()"
                        + " from generate_series(1, 500) g")
                .update();
        try {
            String mistyped = newClient();
            assertThat(signIn(person.email(), "a typo", mistyped).getRedirectedUrl())
                    .isEqualTo("/login?error");

            assertThat(signIn(person.email(), IdentityFixtures.PASSWORD, mistyped)
                            .getRedirectedUrl())
                    .as("during the brake, a client that failed waits")
                    .matches("/login\\?throttled=([1-9]|[12][0-9]|30)");
            assertThat(signIn(person.email(), IdentityFixtures.PASSWORD, newClient())
                            .getRedirectedUrl())
                    .as("a client without failures is not held up")
                    .isEqualTo("/");
        } finally {
            jdbc.sql("delete from identity_sign_in_failure where client_address like '192.0.2.%'")
                    .update();
        }
    }

    @Test
    void aFailedSignInIsLoggedWithoutTheAddressTried(CapturedOutput output) throws Exception {
        String address = "someone-" + UUID.randomUUID() + "@example.test";
        String client = newClient();

        signIn(address, "wrong", client);

        assertThat(output.getAll())
                .doesNotContain(address)
                .contains("#" + SignInThrottle.addressHash(address).substring(0, 8) + " from " + client);
        assertThat(jdbc.sql("select count(*) from identity_sign_in_failure where position(? in address_hash) > 0")
                        .param(address)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void failuresTooOldToCountArePurgedAndPurgingTwiceDoesNoHarm() {
        String old = "old-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        jdbc.sql("insert into identity_sign_in_failure (address_hash, client_address, failed_at)"
                        + " values (?, '198.51.100.1', now() - interval '2 hours'),"
                        + " (?, '198.51.100.1', now() - interval '5 minutes')")
                .params(SignInThrottle.addressHash(old), SignInThrottle.addressHash(recent))
                .update();

        throttle.purge();
        throttle.purge();

        assertThat(failuresOf(old)).isZero();
        assertThat(failuresOf(recent)).isEqualTo(1);
    }

    private long failuresOf(String address) {
        return jdbc.sql("select count(*) from identity_sign_in_failure where address_hash = ?")
                .param(SignInThrottle.addressHash(address))
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse signIn(String email, String password, String client) throws Exception {
        return mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf())
                        .with(from(client)))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse issueToken(String email, String password, String client) throws Exception {
        return mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("email", email, "password", password, "name", "throttling")))
                        .with(from(client)))
                .andReturn()
                .getResponse();
    }

    static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }
}
