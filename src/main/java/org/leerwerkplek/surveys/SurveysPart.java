package org.leerwerkplek.surveys;

import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.AdminPage;
import org.leerwerkplek.platform.web.MenuEntry;

/**
 * What the surveys part brings to the platform: its texts ({@code messages*.properties} in this
 * package's folder), its entry in the main menu and its page in Administration.
 */
public final class SurveysPart implements Part {

    /** Its pages ({@code web.xml} grants their folder to the same roles). */
    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("SURVEYS", "/surveys/index.xhtml", "menu.surveys", "pi pi-list-check",
                EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST), 20));
    }

    /** Managing the questionnaires in Administration, and importing an XLSForm as one. */
    @Override
    public List<AdminPage> adminPages() {
        return List.of(new AdminPage("/admin/surveys.xhtml", "admin.nav.surveys", 20),
                new AdminPage("/admin/xlsform.xhtml", "admin.nav.xlsform", 21));
    }
}
