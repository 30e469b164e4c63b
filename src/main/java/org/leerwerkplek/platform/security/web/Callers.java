package org.leerwerkplek.platform.security.web;

import jakarta.security.enterprise.SecurityContext;
import org.leerwerkplek.platform.security.UserService;

/** The signed-in user of a page as the services take it: name and roles. */
public final class Callers {

    private Callers() {
    }

    public static UserService.Caller of(SecurityContext security) {
        return UserService.Caller.of(security.getCallerPrincipal().getName(), security::isCallerInRole);
    }
}
