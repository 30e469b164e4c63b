package org.leerwerkplek.platform.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;

/**
 * The caller's security context for view- and session-scoped page beans. Those beans travel with the
 * session to another node; the container's {@link SecurityContext} is a dependent object that claims to be
 * serializable but holds parts that are not, so it broke the whole view map's replication. This bean is
 * injected as a proxy (a reference that serializes) and asks the container's context of the current request.
 */
@ApplicationScoped
@Typed(PageSecurity.class)
public class PageSecurity implements SecurityContext {

    @Inject
    SecurityContext container;

    @Override
    public Principal getCallerPrincipal() {
        return container.getCallerPrincipal();
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
        return container.getPrincipalsByType(type);
    }

    @Override
    public boolean isCallerInRole(String role) {
        return container.isCallerInRole(role);
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
        return container.hasAccessToWebResource(resource, methods);
    }

    @Override
    public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                             AuthenticationParameters parameters) {
        return container.authenticate(request, response, parameters);
    }
}
