package org.leerwerkplek.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import org.leerwerkplek.platform.config.PlatformSettings;

/**
 * The address a request came from, for the limits per client address (public survey starts,
 * employers' applications). Behind a load balancer every request connects from the balancer, so
 * the client's own address is the one the balancer wrote into {@code X-Forwarded-For}; that header
 * is believed only when the connection comes from an address in {@code lwp.http.trusted-proxies},
 * and then the right-most address in it that is not itself a trusted proxy is taken (what a
 * client writes into the header itself stands to the left of what the balancer adds).
 */
@ApplicationScoped
public class ClientAddress {

    private Set<String> trustedProxies;

    protected ClientAddress() {
        // for the CDI proxy
    }

    @Inject
    public ClientAddress(PlatformSettings settings) {
        this.trustedProxies = settings.trustedProxies();
    }

    /** The client's address of {@code request}. */
    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"), trustedProxies);
    }

    static String of(String peer, Enumeration<String> forwardedHeaders, Set<String> trusted) {
        if (peer == null || !trusted.contains(peer) || forwardedHeaders == null) {
            return peer;
        }
        String client = peer;
        List<String> hops = new ArrayList<>();
        while (forwardedHeaders.hasMoreElements()) {
            for (String hop : forwardedHeaders.nextElement().split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (hop.isEmpty() || !hop.matches("[0-9A-Fa-f:.]+")) {
                return client;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return client;
    }
}
