package org.leerwerkplek.platform.web;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.leerwerkplek.platform.security.Role;

/**
 * An entry of the main menu, contributed by a part ({@code platform.part.Part#menu()}) or by the
 * platform itself (Administration): its entry page, the bundle key of its label, its icon, the
 * roles that see it and its place in the menu (lower first). The pages of its folder are its
 * pages, and {@code web.xml} grants that folder to the same roles ({@code MenuTest} checks it).
 *
 * @param name     a stable name for tests and styles ({@code data-part} in the menu), the part's name in capitals
 * @param page     the entry page, e.g. {@code /<part>/index.xhtml}
 * @param labelKey the key of its label in the texts
 * @param icon     the PrimeIcons class
 * @param roles    the roles that see it
 * @param order    its place in the menu, lower first
 */
public record MenuEntry(String name, String page, String labelKey, String icon, Set<Role> roles, int order) {

    public MenuEntry {
        Objects.requireNonNull(name);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(icon);
        if (page == null || !page.startsWith("/") || page.lastIndexOf('/') < 1) {
            throw new IllegalArgumentException("A menu entry's page lies in a folder: " + page);
        }
        roles = Set.copyOf(roles);
    }

    /** The folder whose pages belong to this entry, e.g. {@code /<part>/*}. */
    public String folderPattern() {
        return page.substring(0, page.lastIndexOf('/')) + "/*";
    }

    /** Whether the page {@code viewId} (e.g. {@code /<part>/<page>.xhtml}) belongs to this entry. */
    public boolean contains(String viewId) {
        return viewId != null && viewId.startsWith(page.substring(0, page.lastIndexOf('/') + 1));
    }

    /** The roles that see it, as a set the caller may change. */
    @Override
    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isOpenTo(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }
}
