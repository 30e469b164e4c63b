package org.leerwerkplek.platform.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request comes from one of the application's own pages, by the origin a
 * browser names: {@code Origin}, or {@code Referer} when a browser sends no {@code Origin}. The
 * page's origin must be the host the request was sent to (the {@code Host} header, which a proxy in
 * front passes on; the scheme may differ where the proxy ends HTTPS) or the configured public
 * address ({@code lwp.public-url}). A request that names no origin at all does not come from a
 * browser's page on another site (browsers name it on every cross-site POST) and passes; an origin
 * that cannot be read, or {@code null} (a sandboxed frame, a redirect from elsewhere), does not.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param origin    the {@code Origin} header, or null
     * @param referer   the {@code Referer} header, or null
     * @param host      the {@code Host} header the request was sent with
     * @param publicUrl the configured public address, such as {@code https://lwp.example.org/app}
     */
    public static boolean allows(String origin, String referer, String host, String publicUrl) {
        String claimed = origin != null && !origin.isBlank() ? origin : referer;
        if (claimed == null || claimed.isBlank()) {
            return true;
        }
        Optional<URI> page = parse(claimed.trim());
        if (page.isEmpty()) {
            return false;
        }
        return sameHost(page.get(), host) || parse(publicUrl).map(p -> sameOrigin(page.get(), p)).orElse(false);
    }

    private static Optional<URI> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    /** Whether the page's host and port are those of the {@code Host} header (its port defaulting by the page's scheme). */
    private static boolean sameHost(URI page, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        Optional<URI> target = parse(page.getScheme() + "://" + host.trim());
        return target.isPresent() && target.get().getRawPath().isEmpty() && target.get().getRawUserInfo() == null
                && target.get().getHost().equalsIgnoreCase(page.getHost()) && port(target.get()) == port(page);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }
}
