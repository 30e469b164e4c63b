package org.leerwerkplek.mentorcourse;

import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.AdminPage;
import org.leerwerkplek.platform.web.MenuEntry;
import org.leerwerkplek.platform.web.PublicEntry;

/**
 * What the mentor course part brings to the platform: its texts ({@code messages*.properties} in
 * this package's folder), its mail templates ({@code mail/}, named in {@link MentorMails}), its
 * entry in the main menu and its page in Administration.
 */
public final class MentorCoursePart implements Part {

    @Override
    public List<String> mailTemplates() {
        return List.of(MentorMails.CONFIRM, MentorMails.MODULE, MentorMails.REMINDER, MentorMails.DIGEST);
    }

    /** Its pages ({@code web.xml} grants their folder to the same roles). */
    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("MENTOR_COURSE", "/mentorcourse/index.xhtml", "menu.mentorcourse", "pi pi-graduation-cap",
                EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST, Role.MENTOR), 50));
    }

    /** Managing the course in Administration. */
    @Override
    public List<AdminPage> adminPages() {
        return List.of(new AdminPage("/admin/course.xhtml", "admin.nav.course", 30));
    }

    /** Mentors register for the course without an account. */
    @Override
    public List<PublicEntry> publicEntries() {
        return List.of(new PublicEntry("/course/register.xhtml", "course.register.title", 20));
    }
}
