package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Bad input of every kind is refused at the door with a 400 (413 for an oversized body) that names the
 * field, never a server error: NUL characters and lone surrogates in JSON (also as escapes), query
 * parameters, form fields, multipart text parts and sign-in fields, and values beyond the limits.
 */
class InputLimitsIT extends ApplicationTest {

    private static final String HTML = "text/html,application/xhtml+xml";

    @Autowired
    IdentityFixtures fixtures;

    private ApiCaller api() {
        return new ApiCaller(port);
    }

    private String tokenOf(Role role) {
        MekikiUser user = fixtures.userInNewOrganization(role);
        return fixtures.token(user);
    }

    @Test
    void aJsonStringWithAnEscapedNulIsRefusedNamingTheField() {
        String token = tokenOf(Role.BUSINESS_OWNER);

        HttpResponse<String> response = api().post(
                        "/api/v1/assets",
                        token,
                        "{\"name\":\"Customer\\u0000data\",\"categories\":[\"PERSONAL_DATA\"],"
                                + "\"assetValue\":\"HIGH\",\"riskTolerance\":\"LOW\"}");

        assertRefused(response, 400, "name");
        assertThat(ApiCaller.body(response).get("errors").get(0).get("message").asString())
                .contains("NUL");
    }

    @Test
    void aLoneSurrogateDeepInsideABodyIsRefusedWithItsPath() {
        String token = tokenOf(Role.RISK_OFFICER);

        HttpResponse<String> response = api().post(
                        "/api/v1/decisions",
                        token,
                        "{\"subjectType\":\"INITIATIVE\",\"subjectId\":\"" + UUID.randomUUID()
                                + "\",\"topic\":\"T\",\"title\":\"t\",\"proposal\":\"p\","
                                + "\"options\":[\"yes\",\"no \\ud800 way\"]}");

        assertRefused(response, 400, "options[1]");
    }

    @Test
    void aRawNulCharacterInAJsonBodyIsRefusedToo() {
        String token = tokenOf(Role.BUSINESS_OWNER);

        HttpResponse<String> response = api().send("PUT", "/api/v1/me/language", token, "{\"language\":\"ja\u0000\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Internal");
    }

    @Test
    void aNumberOrAYesOrNoSentAsAStringWithANulIsRefusedNamingTheFieldAndChangesNothing() {
        String token = tokenOf(Role.RISK_OFFICER);
        int before = ApiCaller.body(api().get("/api/v1/questionnaires/settings", token))
                .get("graceDays")
                .asInt();

        assertRefused(
                api().send("PUT", "/api/v1/questionnaires/settings", token, "{\"graceDays\":\"9\\u0000\"}"),
                400,
                "graceDays");
        assertRefused(
                api().send("PUT", "/api/v1/questionnaires/settings", token, "{\"graceDays\":\"\\u00009\"}"),
                400,
                "graceDays");
        assertThat(ApiCaller.body(api().get("/api/v1/questionnaires/settings", token))
                        .get("graceDays")
                        .asInt())
                .isEqualTo(before);

        HttpResponse<String> plain =
                api().send("PUT", "/api/v1/questionnaires/settings", token, "{\"graceDays\":\"9\"}");
        assertThat(plain.statusCode())
                .as("a number as a string without a NUL is read as before: " + plain.body())
                .isEqualTo(200);
        assertThat(ApiCaller.body(plain).get("graceDays").asInt()).isEqualTo(9);
    }

    @Test
    void aJsonBodyAboveTheLimitIsRefusedBeforeItIsRead() {
        String token = tokenOf(Role.BUSINESS_OWNER);
        String huge = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";

        HttpResponse<String> response = api().post("/api/v1/assets", token, huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(ApiCaller.PROBLEM_JSON);
        assertThat(ApiCaller.body(response).get("code").asString()).isEqualTo("input.error.bodyTooLarge");
    }

    @Test
    void aQueryParameterWithNulOrBeyondItsLengthIsRefusedNamingIt() {
        String token = tokenOf(Role.BUSINESS_OWNER);

        assertRefused(api().get("/api/v1/assets?q=a%00b", token), 400, "q");
        assertRefused(api().get("/api/v1/assets?q=" + "x".repeat(1001), token), 400, "q");
        assertThat(api().get("/api/v1/assets?q=" + "x".repeat(1000), token).statusCode())
                .isEqualTo(200);
    }

    @Test
    void tooManyQueryParametersAreRefused() {
        String token = tokenOf(Role.BUSINESS_OWNER);
        StringBuilder query = new StringBuilder("?q=a");
        for (int i = 0; i < 300; i++) {
            query.append("&p").append(i).append("=1");
        }

        HttpResponse<String> response = api().get("/api/v1/assets" + query, token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiCaller.body(response).get("code").asString()).isEqualTo("input.error.tooManyParameters");
    }

    @Test
    void theTokenEndpointRefusesNulPasswordsAndHugeAddressesNamingTheField() {
        HttpResponse<String> nul = api().post(
                        "/api/v1/auth/tokens",
                        null,
                        "{\"email\":\"someone@example.test\",\"password\":\"secret\\u0000secret\",\"name\":\"n\"}");
        assertRefused(nul, 400, "password");

        String address = "a".repeat(8 * 1024) + "@example.test";
        HttpResponse<String> huge = api().issueToken(address, "whatever password", "n");
        assertRefused(huge, 400, "email");
    }

    @Test
    void theSignInFormRefusesANulOrAnEightKilobyteAddressWithAPageNamingTheField() {
        PageClient browser = new PageClient(port).accept(HTML).acceptLanguage("en");

        HttpResponse<String> nul = browser.signIn("someone\u0000@example.test", "whatever password");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("email contains a character that cannot be accepted");

        HttpResponse<String> huge = browser.signIn("a".repeat(8 * 1024) + "@example.test", "whatever password");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("email must be at most 254 characters long");

        HttpResponse<String> password = browser.signIn("someone@example.test", "pass\u0000word");
        assertThat(password.statusCode()).isEqualTo(400);
        assertThat(password.body()).contains("password contains a character that cannot be accepted");
    }

    @Test
    void thePageErrorIsInJapaneseByDefault() {
        PageClient browser = new PageClient(port).accept(HTML);

        HttpResponse<String> nul = browser.signIn("someone\u0000@example.test", "whatever password");

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("email に受け付けられない文字");
    }

    @Test
    void aMultipartTextPartWithNulIsRefusedNamingThePart() throws Exception {
        String token = tokenOf(Role.BUSINESS_OWNER);
        String boundary = "mekiki-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"text\"\r\n\r\n"
                + "done\u0000\r\n"
                + "--" + boundary + "--\r\n";

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(url("/api/v1/instructions/" + UUID.randomUUID() + "/reports")))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertRefused(response, 400, "text");
    }

    @Test
    void aFormFieldWithNulOnAPageIsRefusedBeforeAnythingIsStored() throws IOException {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);
        PageClient browser = new PageClient(port)
                .accept(HTML)
                .acceptLanguage("en")
                .signedInAs(owner.getUsername(), IdentityFixtures.PASSWORD);

        HttpResponse<String> response = browser.submit(
                "/assets/new",
                "/assets",
                Map.of("name", "Customer\u0000data", "categories", "PERSONAL_DATA", "assetValue", "HIGH"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("name contains a character that cannot be accepted");
        assertThat(api().get("/api/v1/assets", fixtures.token(owner)).body()).doesNotContain("Customer");
    }

    @Test
    void aTooLongFieldOfAPageFormComesBackWithTheErrorOnTheFieldInTheUsersLanguage() {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);
        Map<String, String> form = Map.of(
                "name", "x".repeat(201), "categories", "PERSONAL_DATA", "assetValue", "HIGH", "riskTolerance", "LOW");

        HttpResponse<String> japanese = new PageClient(port)
                .accept(HTML)
                .signedInAs(owner.getUsername(), IdentityFixtures.PASSWORD)
                .submit("/assets/new", "/assets", form);
        MekikiUser englishOwner = fixtures.user(owner.organizationId(), Role.BUSINESS_OWNER);
        PageClient inEnglish =
                new PageClient(port).accept(HTML).signedInAs(englishOwner.getUsername(), IdentityFixtures.PASSWORD);
        inEnglish.submit("/assets/new", "/language", Map.of("lang", "en", "returnTo", "/assets/new"));
        HttpResponse<String> english = inEnglish.submit("/assets/new", "/assets", form);

        assertThat(japanese.statusCode()).isEqualTo(422);
        assertThat(japanese.body()).containsPattern("id=\"name-error\"[^>]*>200文字以内で入力してください。");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).containsPattern("id=\"name-error\"[^>]*>Use at most 200 characters.");
    }

    @Test
    void aJsonBodySentInChunksIsMeasuredToo() throws Exception {
        String token = tokenOf(Role.BUSINESS_OWNER);
        byte[] huge = ("{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/assets")))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(huge)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(ApiCaller.PROBLEM_JSON);
        JsonNode errors = ApiCaller.body(response).get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
    }
}
