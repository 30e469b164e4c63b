package org.leerwerkplek.mentorcourse.web;

import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/** The signed-in user of a page as the course's services take it. */
final class Callers {

    private Callers() {
    }

    static UserService.Caller of(SecurityContext security) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new UserService.Caller(security.getCallerPrincipal().getName(), roles);
    }
}
