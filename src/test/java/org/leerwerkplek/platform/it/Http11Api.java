package org.leerwerkplek.platform.it;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * API calls over HTTP/1.1 with Basic credentials, for the ITs whose requests run long (a scheduler
 * run, a mail pass): the JDK client's cleartext HTTP/2 upgrade of requests with a body broke
 * connections to Payara Micro here.
 */
public final class Http11Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URL base;

    public Http11Api(URL base) {
        this.base = base;
    }

    /**
     * Sends {@code body} (none when null) as {@code contentType}, with extra headers given as name,
     * value, ...; no credentials when {@code user} is null.
     */
    public HttpResponse<String> send(String method, String path, String user, String password, String contentType,
                                     String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(new WebClient(base).uri(path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
