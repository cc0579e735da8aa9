package io.mekiki.identity;

import static io.mekiki.ApiCaller.PROBLEM_JSON;
import static io.mekiki.ApiCaller.body;
import static io.mekiki.ApiCaller.contentType;
import static io.mekiki.ApiCaller.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class ApiTokenIT extends ApplicationTest {

    private static final int PREFIX_LENGTH = "mkk_".length();

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    ApiCaller api;

    @BeforeEach
    void client() {
        api = new ApiCaller(port);
    }

    @Test
    void correctCredentialsGiveATokenThatWorks() {
        MekikiUser user = fixtures.userInNewOrganization(Role.RISK_OFFICER);

        HttpResponse<String> issued = api.issueToken(user.email(), IdentityFixtures.PASSWORD, "my script");

        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode token = body(issued);
        assertThat(token.path("token").asString()).startsWith("mkk_").hasSizeGreaterThan(40);
        assertThat(token.path("name").asString()).isEqualTo("my script");
        assertThat(issued.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .endsWith("/api/v1/auth/tokens/" + token.path("id").asString()));

        HttpResponse<String> me = api.get("/api/v1/me", token.path("token").asString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(body(me).path("id").asString()).isEqualTo(user.userId().toString());
        assertThat(body(me).path("email").asString()).isEqualTo(user.email());
        assertThat(body(me).path("organization").path("id").asString())
                .isEqualTo(user.organizationId().toString());
        assertThat(body(me).path("roles").toString()).isEqualTo("[\"RISK_OFFICER\"]");
    }

    @Test
    void lastUseIsKeptToTheMinuteSoThatReadingDoesNotWriteOnEveryCall() {
        MekikiUser user = fixtures.userInNewOrganization(Role.AUDITOR);
        String token = fixtures.token(user);
        assertThat(lastUsedAt(token)).as("never used").isEmpty();

        api.get("/api/v1/me", token);
        String firstUse = lastUsedAt(token);
        assertThat(firstUse).isNotEmpty();
        api.get("/api/v1/me", token);
        api.get("/api/v1/me", token);

        assertThat(lastUsedAt(token)).isEqualTo(firstUse);
    }

    private String lastUsedAt(String token) {
        return jdbc.sql("select coalesce(last_used_at::text, '') from identity_api_token where token_hash = ?")
                .param(Secrets.hash(token))
                .query(String.class)
                .single();
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);
        JsonNode issued = body(api.issueToken(user.email(), IdentityFixtures.PASSWORD, "stored as hash"));
        String secret = issued.path("token").asString();

        String storedHash = jdbc.sql("select token_hash from identity_api_token where id = ?")
                .param(UUID.fromString(issued.path("id").asString()))
                .query(String.class)
                .single();
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(storedHash).matches("[0-9a-f]{64}").isEqualTo(expected);

        List<String> tablesHoldingTheSecret = new ArrayList<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE'")
                .query(String.class)
                .list()) {
            long rows = jdbc.sql("select count(*) from \"" + table + "\" t where position(? in t::text) > 0")
                    .param(secret.substring(PREFIX_LENGTH))
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                tablesHoldingTheSecret.add(table);
            }
        }
        assertThat(tablesHoldingTheSecret).isEmpty();
    }

    @Test
    void revokedTokenIsRefused() {
        MekikiUser user = fixtures.userInNewOrganization(Role.AUDITOR);
        JsonNode issued = body(api.issueToken(user.email(), IdentityFixtures.PASSWORD, "to revoke"));
        String token = issued.path("token").asString();
        assertThat(api.get("/api/v1/me", token).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked =
                api.delete("/api/v1/auth/tokens/" + issued.path("id").asString(), token);

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertUnauthorizedProblem(api.get("/api/v1/me", token));
    }

    @Test
    void revokedTokenIsListedAsInactiveWithoutItsSecret() {
        MekikiUser user = fixtures.userInNewOrganization(Role.AUDITOR);
        String keep = fixtures.token(user);
        JsonNode issued = body(api.issueToken(user.email(), IdentityFixtures.PASSWORD, "to revoke"));
        api.delete("/api/v1/auth/tokens/" + issued.path("id").asString(), keep);

        HttpResponse<String> list = api.get("/api/v1/auth/tokens", keep);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(issued.path("token").asString());
        JsonNode listed = find(body(list), issued.path("id").asString());
        assertThat(listed.path("active").asBoolean()).isFalse();
        assertThat(listed.path("revokedAt").asString()).isNotBlank();
        assertThat(listed.has("token")).isFalse();
    }

    @Test
    void tokenOfADisabledUserIsRefused() {
        UUID organization = fixtures.organization();
        MekikiUser admin = fixtures.user(organization, Role.ADMIN);
        MekikiUser user = fixtures.user(organization, Role.RISK_OFFICER);
        String token = fixtures.token(user);
        assertThat(api.get("/api/v1/me", token).statusCode()).isEqualTo(200);

        HttpResponse<String> disabled =
                api.post("/api/v1/users/" + user.userId() + "/disable", fixtures.token(admin), null);

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertUnauthorizedProblem(api.get("/api/v1/me", token));
    }

    @Test
    void aTokenReachesOnlyItsOwnOrganisation() {
        MekikiUser adminOfA = fixtures.userInNewOrganization(Role.ADMIN);
        MekikiUser userOfA = fixtures.user(adminOfA.organizationId(), Role.AUDITOR);
        MekikiUser adminOfB = fixtures.userInNewOrganization(Role.ADMIN);
        String tokenOfA = fixtures.token(adminOfA);
        String tokenOfB = fixtures.token(adminOfB);

        HttpResponse<String> foreignUser = api.get("/api/v1/users/" + adminOfB.userId(), tokenOfA);
        assertThat(foreignUser.statusCode()).isEqualTo(404);
        assertThat(contentType(foreignUser)).startsWith(PROBLEM_JSON);
        assertThat(foreignUser.body()).doesNotContain(adminOfB.email());

        assertThat(ids(api.get("/api/v1/users", tokenOfA)))
                .contains(adminOfA.userId().toString(), userOfA.userId().toString())
                .doesNotContain(adminOfB.userId().toString());
        assertThat(ids(api.get("/api/v1/users", tokenOfB)))
                .containsExactly(adminOfB.userId().toString());

        HttpResponse<String> foreignChange = api.post("/api/v1/users/" + userOfA.userId() + "/disable", tokenOfB, null);
        assertThat(foreignChange.statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/" + userOfA.userId(), tokenOfA).body())
                .contains("\"enabled\":true");
    }

    @Test
    void aTokenIsNeitherListedNorRevocableInAnotherOrganisation() {
        MekikiUser userOfA = fixtures.userInNewOrganization(Role.EXECUTIVE);
        MekikiUser userOfB = fixtures.userInNewOrganization(Role.EXECUTIVE);
        JsonNode tokenOfA = body(api.issueToken(userOfA.email(), IdentityFixtures.PASSWORD, "A's token"));
        String tokenOfB = fixtures.token(userOfB);

        assertThat(ids(api.get("/api/v1/auth/tokens", tokenOfB)))
                .doesNotContain(tokenOfA.path("id").asString());
        HttpResponse<String> revoke =
                api.delete("/api/v1/auth/tokens/" + tokenOfA.path("id").asString(), tokenOfB);

        assertThat(revoke.statusCode()).isEqualTo(404);
        assertThat(contentType(revoke)).startsWith(PROBLEM_JSON);
        assertThat(api.get("/api/v1/me", tokenOfA.path("token").asString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpResponse<String> response = api.post("/api/v1/auth/tokens", null, "{\"email\": \"a@example.test\", ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
        assertThat(body(response).path("status").asInt()).isEqualTo(400);
        assertThat(body(response).path("detail").asString()).isNotBlank();
    }

    @Test
    void missingFieldsAreNamed() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);

        HttpResponse<String> response =
                api.post("/api/v1/auth/tokens", null, json(Map.of("email", user.email(), "name", "no password")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
        JsonNode problem = body(response);
        assertThat(problem.path("detail").asString()).contains("password");
        assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("password");
        assertThat(tokenCount(user)).isZero();

        HttpResponse<String> empty = api.post("/api/v1/auth/tokens", null, "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(body(empty).path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "password", "name");
    }

    @Test
    void wrongPasswordIsUnauthorised() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);

        HttpResponse<String> response = api.issueToken(user.email(), "not the right password", "x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
        assertThat(body(response).path("status").asInt()).isEqualTo(401);
        assertThat(body(response).path("detail").asString()).isEqualTo("メールアドレスまたはパスワードが正しくありません。");
        assertThat(response.body()).doesNotContain("mkk_");
        assertThat(tokenCount(user)).isZero();
    }

    @Test
    void fiveWrongPasswordsMakeTheNextAttemptWaitEvenWithTheRightPassword() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api.issueToken(user.email(), "wrong password " + attempt, "x")
                            .statusCode())
                    .as("attempt %d", attempt)
                    .isEqualTo(401);
        }

        HttpResponse<String> locked = api.issueToken(user.email(), IdentityFixtures.PASSWORD, "x");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(contentType(locked)).startsWith(PROBLEM_JSON);
        assertThat(body(locked).path("status").asInt()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);
        assertThat(body(locked).path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(body(locked).path("detail").asString())
                .isEqualTo("失敗が続いたため、サインインを一時的に止めています。" + retryAfter + " 秒後にもう一度お試しください。");
        assertThat(tokenCount(user)).isZero();
    }

    @Test
    void anUnknownAddressIsThrottledLikeAKnownOne() {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.test";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api.issueToken(unknown, "wrong password " + attempt, "x").statusCode())
                    .isEqualTo(401);
        }

        assertThat(api.issueToken(unknown, "wrong password 6", "x").statusCode())
                .as("a throttle only for existing addresses would tell which addresses exist")
                .isEqualTo(429);
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        MekikiUser user = fixtures.userInNewOrganization(Role.EXECUTIVE);
        for (int attempt = 1; attempt <= 4; attempt++) {
            api.issueToken(user.email(), "wrong password " + attempt, "x");
        }
        assertThat(api.issueToken(user.email(), IdentityFixtures.PASSWORD, "x").statusCode())
                .isEqualTo(201);

        api.issueToken(user.email(), "wrong password again", "x");

        assertThat(api.issueToken(user.email(), IdentityFixtures.PASSWORD, "x").statusCode())
                .isEqualTo(201);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorised() {
        assertUnauthorizedProblem(api.get("/api/v1/me", null));
        assertUnauthorizedProblem(api.get("/api/v1/me", "mkk_" + "x".repeat(43)));
        assertUnauthorizedProblem(api.get("/api/v1/me", "not-even-a-token"));
    }

    private long tokenCount(MekikiUser user) {
        return jdbc.sql("select count(*) from identity_api_token where user_id = ?")
                .param(user.userId())
                .query(Long.class)
                .single();
    }

    private static void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(body(response).path("status").asInt()).isEqualTo(401);
        assertThat(body(response).path("title").asString()).isNotBlank();
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JsonNode list = body(response);
        // the users list pages ({items, …}); the tokens list is an array
        (list.has("items") ? list.get("items") : list)
                .forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.path("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item with id " + id + " in " + list);
    }
}
