package org.leerwerkplek.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.security.Role;

/**
 * The main menu: the entries every part contributes ({@link Part#menu()}) and the platform's own
 * (Administration), in their order.
 */
public final class Menu {

    /** The platform's own entry: the admin pages ({@code /admin/*}). */
    public static final MenuEntry ADMIN = new MenuEntry("ADMIN", "/admin/users.xhtml", "menu.admin", "pi pi-cog",
            EnumSet.of(Role.ADMIN), 1000);

    private static final List<MenuEntry> ENTRIES = gather();

    private Menu() {
    }

    /** Every entry, in menu order. */
    public static List<MenuEntry> entries() {
        return ENTRIES;
    }

    private static List<MenuEntry> gather() {
        List<MenuEntry> entries = new ArrayList<>();
        Part.all().forEach(part -> entries.addAll(part.menu()));
        entries.add(ADMIN);
        entries.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::name));
        return List.copyOf(entries);
    }
}
