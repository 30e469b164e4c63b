package org.leerwerkplek.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.web.Callers;

/** The menu entries the signed-in user may open. */
@Named("menu")
@RequestScoped
public class MenuBacking {

    @Inject
    SecurityContext security;

    public List<Part> getParts() {
        Set<Role> roles = Callers.of(security).roles();
        return Arrays.stream(Part.values()).filter(p -> p.isOpenTo(roles)).toList();
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getCallerName() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : "";
    }
}
