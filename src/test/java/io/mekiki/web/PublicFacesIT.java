package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What anyone can see without a proxy configuration: forwarded headers and the Host header are not
 * believed (no HSTS for a claimed https, links to localhost), {@code /actuator/info} names only the
 * application and its version, and {@code /error} asked for directly is not a server error.
 */
class PublicFacesIT extends ApplicationTest {

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void infoTellsOnlyTheApplicationsNameAndVersion() {
        HttpResponse<String> info = new ApiCaller(port).get("/actuator/info", null);

        assertThat(info.statusCode()).isEqualTo(200);
        var body = ApiCaller.body(info);
        assertThat(body.propertyNames()).containsExactly("application");
        assertThat(body.get("application").get("name").asString()).isEqualTo("mekiki");
        assertThat(body.get("application").get("version").asString())
                .isNotBlank()
                .doesNotContain("@");
        assertThat(info.body()).doesNotContainIgnoringCase("java").doesNotContainIgnoringCase("linux");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFoundRatherThanAServerError() {
        ApiCaller caller = new ApiCaller(port);

        assertThat(caller.get("/error", null).statusCode()).isEqualTo(404);
        assertThat(caller.send("POST", "/error", null, "{}").statusCode()).isNotEqualTo(500);
    }

    @Test
    void withoutATrustedProxyAClaimedHttpsGetsNoHstsAndNoSecureCookie() throws IOException {
        String response = raw(
                port,
                "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n" + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(headers(response, "Strict-Transport-Security")).isEmpty();
        assertThat(headers(response, "Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("MEKIKI_SESSION="))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void withoutAPublicUrlOrTrustedProxyActivationLinksIgnoreTheHostTheCallerSends() throws IOException {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String token = fixtures.token(admin);
        String body = ApiCaller.json(Map.of(
                "email",
                "invited-" + UUID.randomUUID() + "@example.test",
                "displayName",
                "Invited",
                "roles",
                java.util.List.of("AUDITOR")));

        String response = raw(
                port,
                "POST /api/v1/users HTTP/1.1\r\nHost: evil.example\r\n"
                        + "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n"
                        + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                        + "Connection: close\r\n\r\n" + body);

        assertThat(response).startsWith("HTTP/1.1 201");
        assertThat(response).contains("\"activationUrl\":\"http://localhost:" + port + "/activate?token=");
        assertThat(response).doesNotContain("evil.example");
    }

    /** The values of a header in a raw response. */
    static java.util.List<String> headers(String response, String name) {
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        return head.lines()
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip())
                .toList();
    }

    /** A request written by hand, because HTTP clients do not let a caller choose the Host header. */
    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
