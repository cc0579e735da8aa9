package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a proxy that the operator declared trusted ({@code server.forward-headers-strategy}) and with no
 * public URL set: a request the proxy received over TLS gets HSTS and a Secure session cookie, and
 * activation links use the address the proxy was reached at.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=framework")
class TrustedProxyIT {

    private static final Path DATA_DIRECTORY = ApplicationTest.temporaryDirectory("mekiki-proxy-");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("mekiki.data-dir", DATA_DIRECTORY::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void aRequestThatReachedTheProxyOverTlsGetsHstsAndASecureSessionCookie() throws IOException {
        String response = PublicFacesIT.raw(
                port,
                "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                        + "X-Forwarded-Host: mekiki.example.co.jp\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(PublicFacesIT.headers(response, "Strict-Transport-Security"))
                .containsExactly("max-age=31536000 ; includeSubDomains");
        assertThat(PublicFacesIT.headers(response, "Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("MEKIKI_SESSION="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    }

    @Test
    void plainHttpThroughTheProxyGetsNoHsts() throws IOException {
        String response = PublicFacesIT.raw(
                port, "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: http\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(PublicFacesIT.headers(response, "Strict-Transport-Security")).isEmpty();
    }

    @Test
    void activationLinksUseTheAddressTheProxyWasReachedAt() throws IOException {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String body = ApiCaller.json(Map.of(
                "email",
                "invited-" + UUID.randomUUID() + "@example.test",
                "displayName",
                "Invited",
                "roles",
                List.of("AUDITOR")));

        String response = PublicFacesIT.raw(
                port,
                "POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                        + "X-Forwarded-Host: mekiki.example.co.jp\r\nX-Forwarded-Port: 443\r\n"
                        + "Authorization: Bearer " + fixtures.token(admin) + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: "
                        + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(response).startsWith("HTTP/1.1 201");
        assertThat(response).contains("\"activationUrl\":\"https://mekiki.example.co.jp/activate?token=");
        assertThat(PublicFacesIT.headers(response, "Strict-Transport-Security")).hasSize(1);
    }
}
