package org.leerwerkplek.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leerwerkplek.platform.security.Role;

/** The menu entries the signed-in user may open. */
@Named("menu")
@RequestScoped
public class MenuBacking {

    @Inject
    SecurityContext security;

    public List<Part> getParts() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return Arrays.stream(Part.values()).filter(p -> p.isOpenTo(roles)).toList();
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getCallerName() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : "";
    }
}
