package org.leerwerkplek.platform.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jakarta.json.Json;
import jakarta.json.JsonStructure;

/**
 * A small browser-less client for the integration tests: keeps cookies, does not follow
 * redirects (so tests see them), fills JSF forms and calls the API with HTTP Basic.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The nonce of a page's Content-Security-Policy, on its scripts; PrimeFaces' script puts it into every form. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    static final String NONCE_PARAMETER = "primefaces.nonce";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    /** Per view state seen in a page, that page's nonce, which a browser's form sends back with it. */
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpClient http;

    /**
     * A client that speaks HTTP/1.1, as a browser does to a server without TLS. The JDK client's default,
     * an upgrade to HTTP/2 in cleartext (h2c), now and then read the server's HTTP/1.1 answer as HTTP/2
     * frames ("Frame type(101) length(7368558) exceeds MAX_FRAME_SIZE" on the OpenAPI document in CI,
     * "EOF reached while reading" in the company list benchmark).
     */
    public WebClient(URL base) {
        this(base, HttpClient.Version.HTTP_1_1);
    }

    /** A client that speaks {@code version}. */
    public WebClient(URL base, HttpClient.Version version) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder()
                .version(version)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The path of a response's Location header relative to the application, e.g. {@code /login.xhtml}. */
    public String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        String root = base.getPath();
        String path = URI.create(location).getPath();
        return path.startsWith(root) ? "/" + path.substring(root.length()) : path;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> api(String method, String path, String user, String password, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return send(request);
    }

    /** A GET with Basic credentials that accepts whatever comes (a CSV download). */
    public HttpResponse<String> download(String path, String user, String password) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token).GET());
    }

    /** A GET with Basic credentials whose body is kept as bytes (an XLSX download). */
    public HttpResponse<byte[]> downloadBytes(String path, String user, String password)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token).GET()
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Any API call with Basic credentials: {@code body} as bytes (none when null) of {@code contentType},
     * and extra headers given as name, value, ...
     */
    public HttpResponse<String> send(String method, String path, String user, String password, String contentType,
                                     byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A POST of a CSV body with Basic credentials. */
    public HttpResponse<String> csv(String path, String user, String password, String csv)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    /** A POST as a cross-site HTML form would send it: form encoded, with remembered Basic credentials. */
    public HttpResponse<String> form(String path, String user, String password) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b")));
    }

    /** Opens a page, then submits its form {@code formId} with the given fields and button. */
    public HttpResponse<String> submit(String page, String formId, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        HttpResponse<String> form = get(page);
        if (form.statusCode() != 200) {
            throw new IllegalStateException("GET " + page + " answered " + form.statusCode());
        }
        return post(page, formId, fields, button, viewState(form.body()));
    }

    public HttpResponse<String> post(String page, String formId, Map<String, String> fields, String button,
                                     String viewState) throws IOException, InterruptedException {
        return post(page, formId, fields, button, viewState, new String[0]);
    }

    /** As {@link #post(String, String, Map, String, String)}, with extra headers given as name, value, ... */
    public HttpResponse<String> post(String page, String formId, Map<String, String> fields, String button,
                                     String viewState, String... headers) throws IOException, InterruptedException {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(formId, formId);
        fields.forEach((name, value) -> data.put(formId + ":" + name, value));
        data.put(formId + ":" + button, "");
        data.put("jakarta.faces.ViewState", viewState);
        if (nonces.containsKey(viewState)) {
            data.put(NONCE_PARAMETER, nonces.get(viewState));
        }
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Signs in through the login page; the response is the redirect (or the page with the error). */
    public HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
        return submit("/login.xhtml", "loginForm", Map.of("username", user, "password", password), "submit");
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /**
     * Sets a cookie for this application's address, as a browser that got it earlier would send it
     * (the cluster test sets the balancer's sticky cookie to send a user to a chosen node).
     */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in page");
        }
        return matcher.group(1);
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        remember(response.body());
        return response;
    }

    /** Keeps the nonce of a page with each of its view states, as PrimeFaces' script does in the browser. */
    private void remember(String html) {
        Matcher nonce = NONCE.matcher(html);
        if (!nonce.find()) {
            return;
        }
        Matcher state = VIEW_STATE.matcher(html);
        while (state.find()) {
            nonces.put(state.group(1), nonce.group(1));
        }
    }
}
