package org.leerwerkplek.platform.web;

import java.util.EnumSet;
import java.util.Set;
import org.leerwerkplek.platform.security.Role;

/**
 * The parts of the product as the menu shows them: entry page, label and the roles that may
 * open it. The security constraints in {@code web.xml} grant the same roles (checked by a test).
 */
public enum Part {
    COMPANIES("/companies/index.xhtml", "menu.companies", "pi pi-building",
            EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST)),
    SURVEYS("/surveys/index.xhtml", "menu.surveys", "pi pi-list-check",
            EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST)),
    FIELDWORK("/fieldwork/index.xhtml", "fieldwork.menu", "pi pi-send", EnumSet.of(Role.ADMIN, Role.ANALYST)),
    ANALYSIS("/analysis/index.xhtml", "menu.analysis", "pi pi-chart-bar", EnumSet.of(Role.ADMIN, Role.ANALYST)),
    MENTOR_COURSE("/mentorcourse/index.xhtml", "menu.mentorcourse", "pi pi-graduation-cap",
            EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST, Role.MENTOR)),
    ADMIN("/admin/users.xhtml", "menu.admin", "pi pi-cog", EnumSet.of(Role.ADMIN));

    private final String page;
    private final String labelKey;
    private final String icon;
    private final Set<Role> roles;

    Part(String page, String labelKey, String icon, Set<Role> roles) {
        this.page = page;
        this.labelKey = labelKey;
        this.icon = icon;
        this.roles = roles;
    }

    public String page() {
        return page;
    }

    /** The folder whose pages belong to this part, e.g. {@code /companies/*}. */
    public String folderPattern() {
        return page.substring(0, page.lastIndexOf('/')) + "/*";
    }

    /** Whether the page {@code viewId} (e.g. {@code /companies/company.xhtml}) belongs to this part. */
    public boolean contains(String viewId) {
        return viewId != null && viewId.startsWith(page.substring(0, page.lastIndexOf('/') + 1));
    }

    public String labelKey() {
        return labelKey;
    }

    public String icon() {
        return icon;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean isOpenTo(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }
}
