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

    /**
     * The advisor's desk on the start page ({@code DeskService}): its visits this week and next, its
     * fiches not completed, the actions it owns that are due and its companies without contact; an
     * admin first picks whose desk it sees.
     */
    @Override
    public List<DeskSection> desk() {
        EnumSet<Role> advisors = EnumSet.of(Role.ADMIN, Role.ADVISOR);
        String folder = "/WEB-INF/includes/companies/";
        return List.of(new DeskSection(folder + "desk-for.xhtml", EnumSet.of(Role.ADMIN), 1),
                new DeskSection(folder + "desk-visits.xhtml", advisors, 10),
                new DeskSection(folder + "desk-fiches.xhtml", advisors, 20),
                new DeskSection(folder + "due-actions.xhtml", advisors, 30),
                new DeskSection(folder + "desk-contact.xhtml", advisors, 40));
    }
}
