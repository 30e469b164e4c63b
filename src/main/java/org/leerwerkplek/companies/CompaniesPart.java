package org.leerwerkplek.companies;

import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.companies.application.ApplicationMails;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.AdminPage;
import org.leerwerkplek.platform.web.DeskSection;
import org.leerwerkplek.platform.web.MenuEntry;
import org.leerwerkplek.platform.web.PublicEntry;

/**
 * What the companies part brings to the platform: its texts ({@code messages*.properties} in this
 * package's folder), the mails to employers who apply ({@code mail/}, named in {@link ApplicationMails}),
 * its entry in the main menu, its sections of the start page and the assignment rule of
 * applications in Administration.
 */
public final class CompaniesPart implements Part {

    @Override
    public List<String> mailTemplates() {
        return List.of(ApplicationMails.CONFIRM, ApplicationMails.RECEIVED, ApplicationMails.TAKEN, ApplicationMails.VISIT);
    }

    /** Its pages ({@code web.xml} grants their folder to the same roles). */
    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("COMPANIES", "/companies/index.xhtml", "menu.companies", "pi pi-building",
                EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST), 10));
    }

    /**
     * The advisor's desk on the start page: new applications ({@code ApplicationService}), its visits
     * this week and next, its fiches not completed, the actions it owns that are due and its companies
     * without contact ({@code DeskService}); an admin first picks whose desk it sees.
     */
    @Override
    public List<DeskSection> desk() {
        EnumSet<Role> advisors = EnumSet.of(Role.ADMIN, Role.ADVISOR);
        String folder = "/WEB-INF/includes/companies/";
        return List.of(new DeskSection(folder + "desk-for.xhtml", EnumSet.of(Role.ADMIN), 1),
                new DeskSection(folder + "new-applications.xhtml", advisors, 5),
                new DeskSection(folder + "desk-visits.xhtml", advisors, 10),
                new DeskSection(folder + "desk-fiches.xhtml", advisors, 20),
                new DeskSection(folder + "due-actions.xhtml", advisors, 30),
                new DeskSection(folder + "desk-contact.xhtml", advisors, 40));
    }

    /** Who gets the employers' applications, by province. */
    @Override
    public List<AdminPage> adminPages() {
        return List.of(new AdminPage("/admin/applications.xhtml", "application.rule.nav", 40));
    }

    /** Employers apply to become a learning workplace without an account. */
    @Override
    public List<PublicEntry> publicEntries() {
        return List.of(new PublicEntry("/apply/index.xhtml", "application.title", 10));
    }
}
