package org.leerwerkplek.platform.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Builds the OpenAPI document in the background right after the start, so that the first
 * {@code GET /openapi} a user makes is answered from the server's cache. Payara builds the document
 * on the first request by parsing every class of the WAR and its libraries, which took 9 s (32 s on a
 * busy machine) for that first request. The server's HTTP port comes from Payara's own configuration
 * ({@code payara.instance.http.port}); without one, nothing is warmed and the first request builds it.
 */
@ApplicationScoped
public class OpenApiWarmUp {

    static final String HTTP_PORT = "payara.instance.http.port";

    /** How this application's paths start in the document. */
    static final String API_PATHS = "/api/v1/";

    private static final Logger LOG = Logger.getLogger(OpenApiWarmUp.class.getName());
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final int ATTEMPTS = 150;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        Optional<Integer> port = ConfigProvider.getConfig(OpenApiWarmUp.class.getClassLoader())
                .getOptionalValue(HTTP_PORT, Integer.class);
        if (port.isEmpty() || executor == null) {
            LOG.info(() -> "OpenAPI document not built in the background: no HTTP port (" + HTTP_PORT
                    + ") or executor; the first /openapi request builds it.");
            return;
        }
        URI document = URI.create("http://127.0.0.1:" + port.get() + "/openapi");
        executor.execute(() -> {
            long begun = System.nanoTime();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            boolean ready = warm(() -> fetch(http, document), PAUSE, ATTEMPTS);
            long seconds = Duration.ofNanos(System.nanoTime() - begun).toSeconds();
            if (ready) {
                LOG.info(() -> "OpenAPI document built in the background in " + seconds + " s; /openapi answers from cache.");
            } else {
                LOG.info(() -> "OpenAPI document not built in the background; the first /openapi request builds it.");
            }
        });
    }

    /** One look at the document: its text, or empty when the server did not answer (yet). */
    interface Fetch {
        Optional<String> get() throws InterruptedException;
    }

    /**
     * Asks for the document until it lists this application's API (the server answers with an
     * empty document until the application is registered), waiting {@code pause} between tries.
     *
     * @return whether the document was built within {@code attempts} tries
     */
    static boolean warm(Fetch fetch, Duration pause, int attempts) {
        try {
            for (int i = 0; i < attempts; i++) {
                Optional<String> text = fetch.get();
                if (text.isPresent() && text.get().contains(API_PATHS)) {
                    return true;
                }
                Thread.sleep(pause.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static Optional<String> fetch(HttpClient http, URI document) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(document).timeout(Duration.ofMinutes(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

}
