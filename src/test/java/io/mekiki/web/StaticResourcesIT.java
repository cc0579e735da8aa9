package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages link stylesheets, scripts and icons by names that carry a hash of their content; browsers may keep
 * those for a year. Pages, JSON and assets travel compressed, and a page view does not write the session.
 */
class StaticResourcesIT extends ApplicationTest {

    private static final Pattern ASSET_LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");
    private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.(?:css|js|svg)");

    private final IdentityFixtures fixtures;
    private final JdbcClient jdbc;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private MekikiUser executive;
    private PageClient browser;

    @Autowired
    StaticResourcesIT(IdentityFixtures fixtures, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void signIn() {
        executive = fixtures.userInNewOrganization(Role.EXECUTIVE);
        browser = new PageClient(port).signedInAs(executive.email(), IdentityFixtures.PASSWORD);
    }

    @Test
    void pagesLinkStaticResourcesByContentHashedNamesThatBrowsersKeepForAYear() throws Exception {
        List<String> links = assetLinks(browser.get("/").body());

        assertThat(links)
                .as("the home page's stylesheets, scripts, icon and htmx")
                .anySatisfy(link -> assertThat(link).startsWith("/css/mekiki-"))
                .anySatisfy(link -> assertThat(link).startsWith("/js/mekiki-"))
                .anySatisfy(link -> assertThat(link).startsWith("/img/favicon-"))
                .anySatisfy(link -> assertThat(link).startsWith("/webjars/htmx.org/2.0.4/dist/htmx.min-"))
                .allSatisfy(link -> assertThat(link).matches(HASHED));
        for (String link : links) {
            HttpResponse<byte[]> response = get(link, "identity");
            assertThat(response.statusCode()).as(link).isEqualTo(200);
            assertThat(response.headers().allValues("Cache-Control"))
                    .as(link)
                    .containsExactly("max-age=31536000, public, immutable");
            assertThat(response.headers().firstValue("Pragma")).as(link).isEmpty();
            assertThat(response.body()).as(link).isNotEmpty();
        }
    }

    @Test
    void aHashThatDoesNotMatchTheContentFindsNothing() throws Exception {
        String stylesheet = assetLinks(browser.get("/").body()).stream()
                .filter(link -> link.startsWith("/css/mekiki-"))
                .findFirst()
                .orElseThrow();
        String wrongHash = stylesheet.replaceAll("-[0-9a-f]{32}\\.css$", "-0123456789abcdef0123456789abcdef.css");

        assertThat(get(wrongHash, "identity").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesJsonAndStylesheetsAreCompressedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> page = send(HttpRequest.newBuilder(URI.create(url("/")))
                .header("Accept-Encoding", "gzip")
                .header(
                        "Cookie",
                        PageClient.SESSION_COOKIE + "="
                                + browser.cookie(PageClient.SESSION_COOKIE).orElseThrow())
                .GET()
                .build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(page.body())).contains("</html>");

        HttpResponse<byte[]> json = send(HttpRequest.newBuilder(URI.create(url("/api/v1/catalog/items")))
                .header("Accept-Encoding", "gzip")
                .header("Authorization", "Bearer " + fixtures.token(executive))
                .GET()
                .build());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(json.body())).startsWith("{");

        String stylesheet = assetLinks(browser.get("/").body()).stream()
                .filter(link -> link.startsWith("/css/mekiki-"))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> css = get(stylesheet, "gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, public, immutable");
        assertThat(gunzip(css.body())).contains("{");
    }

    @Test
    void aPageViewReadsTheSessionButDoesNotWriteItBack() {
        // Spring Session's cookie carries the session id in Base64
        String sessionId = new String(
                Base64.getDecoder()
                        .decode(browser.cookie(PageClient.SESSION_COOKIE).orElseThrow()),
                StandardCharsets.UTF_8);
        long before = lastAccess(sessionId);

        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);

        assertThat(lastAccess(sessionId)).isEqualTo(before);
    }

    @Test
    void staticResourcesNeedNoSignIn() throws Exception {
        String stylesheet = assetLinks(browser.get("/").body()).stream()
                .filter(link -> link.startsWith("/css/"))
                .findFirst()
                .orElseThrow();

        HttpResponse<byte[]> response = get(stylesheet, "identity");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?")
                .param(sessionId)
                .query(Long.class)
                .single();
    }

    private static List<String> assetLinks(String html) {
        Matcher matcher = ASSET_LINK.matcher(html);
        return matcher.results().map(result -> result.group(1)).distinct().toList();
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept-Encoding", encoding)
                .GET()
                .build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
