package org.leerwerkplek.platform.web;

import java.util.Objects;
import java.util.Set;
import org.leerwerkplek.platform.security.Role;

/**
 * A section of the start page (the desk) that a part contributes ({@code platform.part.Part#desk()}):
 * a Facelets fragment the start page includes for the callers with one of its roles, in its order.
 *
 * @param include the fragment, {@code /WEB-INF/includes/<part>/<name>.xhtml}
 * @param roles   the roles that see it
 * @param order   its place on the page, lower first
 */
public record DeskSection(String include, Set<Role> roles, int order) {

    public DeskSection {
        if (include == null || !include.startsWith("/WEB-INF/includes/") || !include.endsWith(".xhtml")) {
            throw new IllegalArgumentException("A desk section is a fragment under /WEB-INF/includes/: " + include);
        }
        roles = Set.copyOf(Objects.requireNonNull(roles));
    }

    public boolean isOpenTo(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }
}
