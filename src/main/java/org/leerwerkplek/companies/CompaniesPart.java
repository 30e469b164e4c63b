package org.leerwerkplek.companies;

import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.DeskSection;
import org.leerwerkplek.platform.web.MenuEntry;

/**
 * What the companies part brings to the platform: its texts ({@code messages*.properties} in this
 * package's folder), its entry in the main menu and its sections of the start page.
 */
public final class CompaniesPart implements Part {

    /** Its pages ({@code web.xml} grants their folder to the same roles). */
    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("COMPANIES", "/companies/index.xhtml", "menu.companies", "pi pi-building",
                EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST), 10));
    }

    /** The actions due soon or overdue, on the advisor's start page. */
    @Override
    public List<DeskSection> desk() {
        return List.of(new DeskSection("/WEB-INF/includes/companies/due-actions.xhtml",
                EnumSet.of(Role.ADMIN, Role.ADVISOR), 10));
    }
}
