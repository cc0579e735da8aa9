package io.mekiki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does with the pages, at the HTTP level: keeps cookies, follows no redirects by
 * itself (so tests see them), and sends forms with the CSRF token the page carried.
 */
public final class PageClient {

    /**
     * How long a test waits for one answer. Generous: the machine that runs the suite may be busy, and the
     * first answer of some endpoints (the OpenAPI document above all) is built on first use.
     */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);

    public static final String SESSION_COOKIE = "MEKIKI_SESSION";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String acceptLanguage;
    private String accept;

    public PageClient(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(cookies)
                .build();
    }

    /** Sends {@code Accept-Language} with every request, as a browser set to that language does. */
    public PageClient acceptLanguage(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    /** Sends {@code Accept} with every request, e.g. {@code text/html} as a browser does for pages. */
    public PageClient accept(String mediaTypes) {
        this.accept = mediaTypes;
        return this;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Posts the form as it is: no CSRF token is added. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** Opens {@code pagePath}, takes the CSRF token from its form and posts the form with it. */
    public HttpResponse<String> submit(String pagePath, String actionPath, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrfToken(get(pagePath).body()));
        return post(actionPath, withToken);
    }

    /** Signs in through the real sign-in form; answers the response to the form's POST. */
    public HttpResponse<String> signIn(String email, String password) {
        return submit("/login", "/login", Map.of("email", email, "password", password));
    }

    /** Signs in and fails unless the form accepted the credentials. */
    public PageClient signedInAs(String email, String password) {
        HttpResponse<String> response = signIn(email, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "Sign-in of " + email + " refused: " + response.statusCode() + " " + location);
        }
        return this;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(URI.create(url("/"))).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Puts a cookie into this browser, e.g. a session cookie taken from another one. */
    public PageClient withCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(url("/")), cookie);
        return this;
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no CSRF token field");
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(url(path))).timeout(ANSWER_TIMEOUT);
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
