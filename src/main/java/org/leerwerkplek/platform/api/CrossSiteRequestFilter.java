package org.leerwerkplek.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Refuses state-changing API calls that a page on another site could forge with a browser's
 * remembered Basic credentials: a POST, PUT, PATCH or DELETE must send JSON or CSV (which a
 * cross-site form cannot without a CORS preflight) or the header {@code X-Requested-By}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    static final String CUSTOM_HEADER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(CUSTOM_HEADER) != null) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean scriptOnly = type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || (type.getType().equals("text") && type.getSubtype().equals("csv")));
        if (!scriptOnly) {
            request.abortWith(JsonErrors.response(403, "forbidden", "api.crossSite", null));
        }
    }
}
