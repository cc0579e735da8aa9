package io.mekiki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls {@code /api/v1} as a script would: JSON in, JSON out, a bearer token when given one. */
public final class ApiCaller {

    public static final String PROBLEM_JSON = "application/problem+json";

    /**
     * How long a test waits for one answer. Generous: the machine that runs the suite may be busy, and the
     * first answer of some endpoints (the OpenAPI document above all) is built on first use.
     */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public ApiCaller(int port) {
        this.port = port;
    }

    /** Sends a request; {@code token} and {@code json} may be null. A body that is not JSON goes as YAML. */
    public HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(ANSWER_TIMEOUT)
                .header("Accept", "application/json, application/problem+json, */*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            boolean isJson = json.startsWith("{") || json.startsWith("[");
            request.header("Content-Type", isJson ? "application/json" : "application/yaml");
        }
        request.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    public HttpResponse<String> delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    /** Asks for a personal API token with e-mail and password, as {@code POST /api/v1/auth/tokens}. */
    public HttpResponse<String> issueToken(String email, String password, String name) {
        return post(
                "/api/v1/auth/tokens",
                null,
                json(java.util.Map.of("email", email, "password", password, "name", name)));
    }

    public static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
