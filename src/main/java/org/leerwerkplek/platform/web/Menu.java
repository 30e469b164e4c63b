package org.leerwerkplek.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.security.Role;

/**
 * The main menu: the entries every part contributes ({@link Part#menu()}) and the platform's own
 * (Administration), in their order; and Administration's navigation, the platform's pages and those
 * the parts contribute ({@link Part#adminPages()}); and the sections of the start page ({@link Part#desk()}).
 */
public final class Menu {

    /** The platform's own entry: the admin pages ({@code /admin/*}). */
    public static final MenuEntry ADMIN = new MenuEntry("ADMIN", "/admin/users.xhtml", "menu.admin", "pi pi-cog",
            EnumSet.of(Role.ADMIN), 1000);

    /** The platform's own pages in Administration. */
    public static final List<AdminPage> PLATFORM_ADMIN_PAGES = List.of(
            new AdminPage("/admin/users.xhtml", "admin.nav.users", 10),
            new AdminPage("/admin/mail.xhtml", "mail.nav", 100),
            new AdminPage("/admin/audit.xhtml", "admin.nav.audit", 110),
            new AdminPage("/admin/backups.xhtml", "admin.nav.backups", 120),
            new AdminPage("/admin/privacy.xhtml", "admin.nav.privacy", 130));

    private static final List<MenuEntry> ENTRIES = gather();
    private static final List<AdminPage> ADMIN_PAGES = gatherAdminPages();
    private static final List<DeskSection> DESK = gatherDesk();
    private static final List<PublicEntry> PUBLIC = gatherPublic();

    private Menu() {
    }

    /** Every entry, in menu order. */
    public static List<MenuEntry> entries() {
        return ENTRIES;
    }

    /** Every page of Administration's navigation, in order. */
    public static List<AdminPage> adminPages() {
        return ADMIN_PAGES;
    }

    /** Every section of the start page, in order. */
    public static List<DeskSection> desk() {
        return DESK;
    }

    /** Every page for people without an account, in order. */
    public static List<PublicEntry> publicEntries() {
        return PUBLIC;
    }

    private static List<PublicEntry> gatherPublic() {
        List<PublicEntry> entries = new ArrayList<>();
        Part.all().forEach(part -> entries.addAll(part.publicEntries()));
        entries.sort(Comparator.comparingInt(PublicEntry::order).thenComparing(PublicEntry::page));
        return List.copyOf(entries);
    }

    private static List<DeskSection> gatherDesk() {
        List<DeskSection> sections = new ArrayList<>();
        Part.all().forEach(part -> sections.addAll(part.desk()));
        sections.sort(Comparator.comparingInt(DeskSection::order).thenComparing(DeskSection::include));
        return List.copyOf(sections);
    }

    private static List<AdminPage> gatherAdminPages() {
        List<AdminPage> pages = new ArrayList<>(PLATFORM_ADMIN_PAGES);
        Part.all().forEach(part -> pages.addAll(part.adminPages()));
        pages.sort(Comparator.comparingInt(AdminPage::order).thenComparing(AdminPage::page));
        return List.copyOf(pages);
    }

    private static List<MenuEntry> gather() {
        List<MenuEntry> entries = new ArrayList<>();
        Part.all().forEach(part -> entries.addAll(part.menu()));
        entries.add(ADMIN);
        entries.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::name));
        return List.copyOf(entries);
    }
}
