package org.leerwerkplek.platform.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on every resource method (method first, then class). A resource
 * without either annotation is refused: an endpoint must state its roles. Anonymous callers get
 * 401, callers without a listed role 403, both as JSON. {@code OPTIONS}, which JAX-RS answers
 * itself with the path's methods in {@code Allow} (no resource code runs, and {@code /openapi} lists
 * the same), is let through.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class) || answeredByJaxRs(request, method)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null && resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(JsonErrors.response(401, "unauthorized", "api.unauthorized", headers));
            return;
        }
        String[] roles = allowed == null ? new String[0] : allowed.value();
        if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
            request.abortWith(JsonErrors.response(403, "forbidden", "api.forbidden", headers));
        }
    }

    /** An {@code OPTIONS} request that no resource method of ours declares: JAX-RS's own answer. */
    static boolean answeredByJaxRs(ContainerRequestContext request, Method method) {
        return HttpMethod.OPTIONS.equals(request.getMethod()) && !method.isAnnotationPresent(OPTIONS.class)
                && !method.getDeclaringClass().getName().startsWith("org.leerwerkplek.");
    }
}
