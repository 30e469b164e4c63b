package org.leerwerkplek.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.leerwerkplek.platform.config.PlatformSettings;

/**
 * The address users reach the application at: every link in a mail, a calendar feed, a
 * certificate or a page that hands out links to others starts with it.
 *
 * <p>The rule, in one place ({@link #resolve}): {@code lwp.public-url} when it is set; otherwise
 * {@code http://localhost:<port><context path>} with the port this server listens on: the port
 * its first request came in on ({@link PublicUrlListener}), and until that request the port
 * Payara's configuration names through MicroProfile Config ({@code payara.instance.http.port};
 * the HTTPS listener's when HTTP is off). Payara Micro started with {@code --autoBindHttp} names
 * a range there and binds the first free port of it, which only a request reveals. Only a server
 * that names no port falls back to 8080. The start log names the address and warns when it is
 * the default, which only suits a server used on the machine it runs on.
 */
@ApplicationScoped
public class PublicUrl {

    /** Payara's own configuration properties, read through MicroProfile Config. */
    static final String HTTP_PORT = "payara.instance.http.port";
    static final String HTTP_ENABLED = "payara.instance.http.enabled";
    static final String HTTP_ADDRESS = "payara.instance.http.address";
    static final String HTTPS_PORT = "payara.instance.https.port";
    static final String HTTPS_ENABLED = "payara.instance.https.enabled";
    static final int FALLBACK_PORT = 8080;

    private static final Logger LOG = Logger.getLogger(PublicUrl.class.getName());
    private static final Set<String> ANY_ADDRESS = Set.of("", "0.0.0.0", "::", "0:0:0:0:0:0:0:0", "[::]");

    /**
     * The public address and where it came from.
     *
     * @param base       without a trailing slash, e.g. {@code https://lwp.example.org} or
     *                   {@code http://localhost:18080/leerwerkplek}
     * @param configured whether {@code lwp.public-url} gave it; otherwise it is the default
     */
    public record Address(String base, boolean configured) {
    }

    @Inject
    PlatformSettings settings;

    /**
     * How a request reached this server: over TLS or not, and the local port it came in on.
     */
    public record Answered(boolean secure, int port) {
    }

    private volatile String contextPath = "";
    private volatile Optional<Answered> answered = Optional.empty();
    private volatile Address address;

    /** Takes the application's context path and logs which address links will carry. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        contextPath = started.getContextPath();
        address = null;
        Address at = address();
        if (at.configured()) {
            LOG.info(() -> "Links in mails and feeds start with " + at.base() + " (" + PlatformSettings.PUBLIC_URL + ").");
        } else {
            LOG.warning(() -> "Links in mails and feeds start with " + at.base() + ", the default: this server's own"
                    + " port on localhost, which only works on this machine. Set LWP_PUBLIC_URL ("
                    + PlatformSettings.PUBLIC_URL + ") to the address users reach the application at.");
        }
    }

    /**
     * Takes the port a request came in on, once: the port this server really answers on. Links
     * made from then on carry it, unless {@code lwp.public-url} is set.
     */
    void answered(boolean secure, int localPort) {
        if (answered.isPresent() || localPort <= 0) {
            return;
        }
        synchronized (this) {
            if (answered.isPresent()) {
                return;
            }
            Address before = address();
            answered = Optional.of(new Answered(secure, localPort));
            address = null;
            Address now = address();
            if (!now.equals(before)) {
                LOG.info(() -> "Links in mails and feeds now start with " + now.base()
                        + " (the port this server answered its first request on).");
            }
        }
    }

    /** Whether a request showed the port yet; then {@link #answered} has nothing more to learn. */
    boolean knowsItsPort() {
        return answered.isPresent();
    }

    /** The address, without a trailing slash. */
    public String base() {
        return address().base();
    }

    /** The absolute URL of {@code path} (starting with {@code /}). */
    public String to(String path) {
        return base() + path;
    }

    public Address address() {
        Address at = address;
        if (at == null) {
            Config config = ConfigProvider.getConfig(PublicUrl.class.getClassLoader());
            at = resolve(settings.publicUrl(), answered, key -> config.getOptionalValue(key, String.class),
                    contextPath);
            address = at;
        }
        return at;
    }

    /**
     * The rule.
     *
     * @param configured  {@code lwp.public-url}, already checked and without a trailing slash
     * @param answered    how the first request reached the server; empty before any
     * @param server      the server's configuration by key ({@link #HTTP_PORT} and the others); empty when unknown
     * @param contextPath where the application is deployed: empty for the root, else {@code /name}
     */
    static Address resolve(Optional<String> configured, Optional<Answered> answered,
                           Function<String, Optional<String>> server, String contextPath) {
        if (configured.isPresent()) {
            return new Address(configured.get(), true);
        }
        String host = host(server.apply(HTTP_ADDRESS));
        String path = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        if (answered.isPresent()) {
            Answered request = answered.get();
            return new Address(request.secure() ? origin("https", host, request.port(), 443) + path
                    : origin("http", host, request.port(), 80) + path, false);
        }
        Optional<Integer> http = port(server.apply(HTTP_PORT));
        Optional<Integer> https = port(server.apply(HTTPS_PORT));
        if (http.isPresent() && enabled(server.apply(HTTP_ENABLED))) {
            return new Address(origin("http", host, http.get(), 80) + path, false);
        }
        if (https.isPresent() && enabled(server.apply(HTTPS_ENABLED))) {
            return new Address(origin("https", host, https.get(), 443) + path, false);
        }
        return new Address(origin("http", host, http.orElse(FALLBACK_PORT), 80) + path, false);
    }

    private static String origin(String scheme, String host, int port, int standardPort) {
        return scheme + "://" + host + (port == standardPort ? "" : ":" + port);
    }

    /** The listener's address when it is bound to one; localhost when it listens on all. */
    private static String host(Optional<String> address) {
        String value = address.map(String::trim).orElse("").toLowerCase(Locale.ROOT);
        if (ANY_ADDRESS.contains(value)) {
            return "localhost";
        }
        return value.contains(":") && !value.startsWith("[") ? "[" + value + "]" : value;
    }

    /** A port, or the first of a range such as {@code 8562,9562} (where automatic binding starts). */
    private static Optional<Integer> port(Optional<String> raw) {
        try {
            return raw.map(value -> value.split(",")[0].trim()).map(Integer::valueOf).filter(p -> p > 0 && p < 65536);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean enabled(Optional<String> raw) {
        return raw.map(v -> !v.trim().equalsIgnoreCase("false")).orElse(true);
    }
}
