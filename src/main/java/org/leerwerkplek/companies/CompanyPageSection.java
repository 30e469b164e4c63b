package org.leerwerkplek.companies;

import java.util.Objects;
import java.util.Set;
import org.leerwerkplek.platform.security.Role;

/**
 * A section of a company's page ({@code /companies/company.xhtml?id=}) that another part contributes
 * through {@link CompanyPageSections}: a Facelets fragment the page includes below the company's
 * details for the callers with one of its roles. The fragment reads the company's id as
 * {@code #{company.id}}; it shows only what its own part's services let the caller see.
 *
 * @param include the fragment, {@code /WEB-INF/includes/<part>/<name>.xhtml}
 * @param roles   the roles that see it
 * @param order   its place on the page, lower first
 */
public record CompanyPageSection(String include, Set<Role> roles, int order) {

    public CompanyPageSection {
        if (include == null || !include.startsWith("/WEB-INF/includes/") || !include.endsWith(".xhtml")) {
            throw new IllegalArgumentException("A company page section is a fragment under /WEB-INF/includes/: " + include);
        }
        roles = Set.copyOf(Objects.requireNonNull(roles));
    }

    public boolean isOpenTo(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }
}
