package io.mekiki;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API of a running application with a personal API token and hands back every answer,
 * errors included, for the test to inspect. Query strings are given unencoded.
 */
public final class BearerClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient rest;

    public BearerClient(String baseUrl, String token) {
        this.rest = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    public Response get(String path) {
        return send(HttpMethod.GET, path, null);
    }

    public Response post(String path, Object body) {
        return send(HttpMethod.POST, path, body);
    }

    public Response put(String path, Object body) {
        return send(HttpMethod.PUT, path, body);
    }

    /** Posts a multipart form with one file part (i12-contract: the terms document). */
    public Response postFile(String path, String part, String fileName, byte[] content) {
        org.springframework.util.LinkedMultiValueMap<String, Object> form =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.add(part, new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        ResponseEntity<byte[]> response = rest.post()
                .uri(path)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .retrieve()
                .toEntity(byte[].class);
        byte[] bytes = response.getBody();
        JsonNode json = bytes == null || bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
        return new Response(response.getStatusCode().value(), response.getHeaders(), json);
    }

    public Response send(HttpMethod method, String path, Object body) {
        ResponseEntity<byte[]> response = raw(method, path, body);
        byte[] bytes = response.getBody();
        JsonNode json = bytes == null || bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
        return new Response(response.getStatusCode().value(), response.getHeaders(), json);
    }

    /** The answer as bytes, for downloads. */
    public ResponseEntity<byte[]> raw(HttpMethod method, String path, Object body) {
        var request = rest.method(method).uri(path);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        }
        return request.retrieve().toEntity(byte[].class);
    }

    /** An answer: status, headers and the body as JSON (a null node when empty). */
    public record Response(int status, HttpHeaders headers, JsonNode json) {

        public boolean isProblem() {
            MediaType type = headers.getContentType();
            return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }

        /** The fields named in a problem's {@code errors}. */
        public List<String> errorFields() {
            return errorValues("field");
        }

        /** The messages of a problem's {@code errors}. */
        public List<String> errorMessages() {
            return errorValues("message");
        }

        private List<String> errorValues(String name) {
            List<String> values = new ArrayList<>();
            JsonNode errors = json.get("errors");
            if (errors != null) {
                errors.forEach(error -> values.add(error.get(name).asString()));
            }
            return values;
        }
    }
}
