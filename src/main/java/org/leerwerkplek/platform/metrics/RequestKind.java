package org.leerwerkplek.platform.metrics;

import java.util.Locale;
import java.util.Optional;

/**
 * What a request to the application is, for the request timer's {@code kind} tag: four values, so
 * the scrape stays small whatever addresses clients make up.
 */
public enum RequestKind {
    /** The REST API ({@code /api/...}) and its description ({@code /openapi}). */
    API,
    /** A page for a signed-in account. */
    PAGE,
    /**
     * A page for someone without an account: a respondent's questionnaire, a personal link from a
     * mail, a public form, the sign-in page.
     */
    PUBLIC,
    /** Style sheets, scripts, images and fonts. */
    STATIC;

    /** The tag value: the name in lower case. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of a request, or empty for the server's own endpoints that the application does not
     * time ({@code /metrics}, {@code /health}: a scrape every few seconds would drown the users'
     * requests).
     *
     * @param path     the request's path inside the application (the URI without the context path)
     * @param signedIn whether the request comes with a signed-in account
     */
    public static Optional<RequestKind> of(String path, boolean signedIn) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (under(p, "/metrics") || under(p, "/health")) {
            return Optional.empty();
        }
        if (under(p, "/api") || under(p, "/openapi")) {
            return Optional.of(API);
        }
        if (under(p, "/jakarta.faces.resource") || under(p, "/resources")) {
            return Optional.of(STATIC);
        }
        return Optional.of(signedIn ? PAGE : PUBLIC);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
