package io.mekiki;

import static io.mekiki.ApiCaller.PROBLEM_JSON;
import static io.mekiki.ApiCaller.body;
import static io.mekiki.ApiCaller.contentType;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The refusal rule of docs/api-conventions.md on every operation the OpenAPI document lists: without a
 * token 401; with a random id in the path 404 (or 403 where the role may not); an unreadable JSON body
 * 400; every refusal a problem detail ({@code application/problem+json}), never 422 and never 500.
 * Also the refusals that happen before any controller: unknown path, method, answer and body format.
 */
class ApiRefusalRuleIT extends ApplicationTest {

    private static final Set<String> BODY_METHODS = Set.of("post", "put", "patch");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** Operations anyone may call: signing in for a token. */
    private static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/tokens");

    @Autowired
    IdentityFixtures fixtures;

    private ApiCaller api;
    private List<Operation> operations;

    @BeforeEach
    void readTheDocument() {
        api = new ApiCaller(port);
        HttpResponse<String> docs = api.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        operations = new ArrayList<>();
        JsonNode document = body(docs);
        JsonNode paths = document.path("paths");
        for (String path : paths.propertyNames()) {
            JsonNode item = paths.path(path);
            for (String method : item.propertyNames()) {
                JsonNode operation = item.path(method);
                if (!operation.isObject() || !operation.has("responses")) {
                    continue;
                }
                List<String> bodyTypes = new ArrayList<>();
                operation.path("requestBody").path("content").propertyNames().forEach(bodyTypes::add);
                Map<String, String> values = new HashMap<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("path".equals(parameter.path("in").asString())) {
                        JsonNode schema = parameter.path("schema");
                        if (schema.has("$ref")) {
                            // "#/components/schemas/Role"
                            String name = schema.path("$ref").asString().replaceFirst(".*/", "");
                            schema = document.path("components").path("schemas").path(name);
                        }
                        values.put(
                                parameter.path("name").asString(),
                                schema.path("enum").isArray()
                                                && !schema.path("enum").isEmpty()
                                        ? schema.path("enum").get(0).asString()
                                        : "uuid".equals(schema.path("format").asString()) ? "uuid" : "unknown");
                    }
                }
                operations.add(new Operation(method.toUpperCase(), path, bodyTypes, values));
            }
        }
        assertThat(operations).hasSizeGreaterThan(40);
    }

    @Test
    void withoutATokenEveryOperationAnswers401AsAProblemDetail() {
        SoftAssertions softly = new SoftAssertions();
        for (Operation operation : operations) {
            if (PUBLIC.contains(operation.key())) {
                continue;
            }
            HttpResponse<String> answer = api.send(operation.method(), operation.randomPath(), null, operation.body());
            softly.assertThat(answer.statusCode()).as(operation.key()).isEqualTo(401);
            softly.assertThat(contentType(answer)).as(operation.key()).startsWith(PROBLEM_JSON);
        }
        softly.assertAll();
    }

    @Test
    void aRandomIdInThePathIsNotFoundAndNoRefusalIs422Or500() {
        MekikiUser everyone = fixtures.userInNewOrganization(Role.values());
        String token = fixtures.token(everyone);
        SoftAssertions softly = new SoftAssertions();
        for (Operation operation : operations) {
            HttpResponse<String> answer = api.send(operation.method(), operation.randomPath(), token, operation.body());
            assertRefusalShape(softly, operation, answer);
            if (answer.statusCode() == 400 && operation.namesAPathValue(body(answer))) {
                // a path value that is no id and not one of the values it takes: 400 naming it
                continue;
            }
            if (operation.hasIdInPath() && !operation.takesBody()) {
                // the record named in the path is not the caller's: 404, whatever the role
                softly.assertThat(answer.statusCode())
                        .as(operation.randomPath() + " " + answer.body())
                        .isIn(403, 404);
            } else if (operation.hasIdInPath()) {
                // a body is checked before the handler runs: 400 naming a field, otherwise 404
                softly.assertThat(answer.statusCode()).as(operation.key()).isIn(400, 403, 404);
                if (answer.statusCode() == 400) {
                    softly.assertThat(body(answer).path("errors").isArray()
                                    || body(answer).has("problems"))
                            .as(operation.key() + " names what is wrong: " + answer.body())
                            .isTrue();
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void aRoleThatMayNotIsRefusedWith403AsAProblemDetail() {
        // an auditor reads, and changes nothing but their own account and tokens
        MekikiUser auditor = fixtures.userInNewOrganization(Role.AUDITOR);
        String token = fixtures.token(auditor);
        SoftAssertions softly = new SoftAssertions();
        int refused = 0;
        for (Operation operation : operations) {
            HttpResponse<String> answer = api.send(operation.method(), operation.randomPath(), token, operation.body());
            assertRefusalShape(softly, operation, answer);
            if (answer.statusCode() == 403) {
                refused++;
                softly.assertThat(body(answer).path("detail").asString())
                        .as(operation.key())
                        .isNotBlank();
            }
        }
        softly.assertAll();
        assertThat(refused).as("operations refused to an auditor").isGreaterThan(10);
    }

    @Test
    void anUnreadableBodyIs400AsAProblemDetail() {
        MekikiUser everyone = fixtures.userInNewOrganization(Role.values());
        String token = fixtures.token(everyone);
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (Operation operation : operations) {
            if (!operation.takesJson()) {
                continue;
            }
            checked++;
            HttpResponse<String> answer = api.send(operation.method(), operation.randomPath(), token, "{\"broken\": ");
            assertRefusalShape(softly, operation, answer);
            softly.assertThat(answer.statusCode()).as(operation.key()).isIn(400, 403);
        }
        softly.assertAll();
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void unknownPathsMethodsAndFormatsAnswerProblemDetails() throws Exception {
        String token = fixtures.token(fixtures.userInNewOrganization(Role.RISK_OFFICER));

        HttpResponse<String> unknown = api.get("/api/v1/no-such-thing", token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(contentType(unknown)).startsWith(PROBLEM_JSON);
        assertThat(body(unknown).path("status").asInt()).isEqualTo(404);
        assertThat(body(unknown).path("detail").asString()).contains("/v3/api-docs");

        HttpResponse<String> unknownAnonymous = api.get("/api/v1/no-such-thing", null);
        assertThat(unknownAnonymous.statusCode()).isEqualTo(401);
        assertThat(contentType(unknownAnonymous)).startsWith(PROBLEM_JSON);

        HttpResponse<String> method = api.send("PATCH", "/api/v1/assets", token, "{}");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(contentType(method)).startsWith(PROBLEM_JSON);
        assertThat(method.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));

        HttpResponse<String> notAcceptable = raw("GET", "/api/v1/assets", token, "image/png", null, null);
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        assertThat(contentType(notAcceptable)).startsWith(PROBLEM_JSON);

        HttpResponse<String> unsupported =
                raw("POST", "/api/v1/assets", token, "application/json", "text/plain", "name=x");
        assertThat(unsupported.statusCode()).isEqualTo(415);
        assertThat(contentType(unsupported)).startsWith(PROBLEM_JSON);

        // pages keep their error page
        MekikiUser reader = fixtures.userInNewOrganization(Role.AUDITOR);
        HttpResponse<String> page = new PageClient(port)
                .signedInAs(reader.email(), IdentityFixtures.PASSWORD)
                .get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(contentType(page)).doesNotStartWith(PROBLEM_JSON);
    }

    private static void assertRefusalShape(SoftAssertions softly, Operation operation, HttpResponse<String> answer) {
        softly.assertThat(answer.statusCode())
                .as(operation.key() + " " + answer.body())
                .isNotIn(422, 500);
        if (answer.statusCode() >= 400) {
            softly.assertThat(contentType(answer))
                    .as(operation.key() + " answered " + answer.statusCode())
                    .startsWith(PROBLEM_JSON);
        }
    }

    private HttpResponse<String> raw(
            String method, String path, String token, String accept, String contentType, String text)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(ApiCaller.ANSWER_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", accept);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method,
                text == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One operation of the document: method, path template and the body formats it reads. */
    record Operation(String method, String path, List<String> bodyTypes, Map<String, String> pathValues) {

        String key() {
            return method + " " + path;
        }

        /** True when the problem names a path variable that is not an id, such as {@code role}. */
        boolean namesAPathValue(JsonNode problem) {
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asString();
                if (path.contains("{" + field + "}") && !field.toLowerCase().endsWith("id")) {
                    return true;
                }
            }
            return false;
        }

        boolean hasIdInPath() {
            return PATH_VARIABLE.matcher(path).find();
        }

        boolean takesBody() {
            return BODY_METHODS.contains(method.toLowerCase()) && !bodyTypes.isEmpty();
        }

        boolean takesJson() {
            return takesBody() && bodyTypes.stream().anyMatch(type -> type.contains("json"));
        }

        /** An empty JSON object where a JSON body goes. */
        String body() {
            return takesJson() ? "{}" : null;
        }

        /** The path with a random id for every variable (or a plain word where no id belongs). */
        String randomPath() {
            Matcher variable = PATH_VARIABLE.matcher(path);
            StringBuilder out = new StringBuilder();
            while (variable.find()) {
                String name = variable.group(1);
                String value =
                        name.toLowerCase().endsWith("id") ? UUID.randomUUID().toString() : "unknown";
                variable.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            variable.appendTail(out);
            return out.toString();
        }
    }
}
