package org.leerwerkplek.platform.part;

import java.util.List;
import org.leerwerkplek.platform.web.AdminPage;
import org.leerwerkplek.platform.web.DeskSection;
import org.leerwerkplek.platform.web.MenuEntry;
import org.leerwerkplek.platform.web.PublicEntry;

/**
 * What a part brings to the platform: its texts, its mail templates, its entries in the main menu,
 * its pages in Administration and its sections of the start page. The platform gathers these from every part without naming one, so adding a part touches no
 * platform file.
 *
 * <p>Each part has one implementation in its root package (e.g. {@code org.leerwerkplek.<part>.<Name>Part}),
 * named in {@code META-INF/services/org.leerwerkplek.platform.part.Part} and found with
 * {@link java.util.ServiceLoader}: plain classes and unit tests (such as
 * {@code platform.i18n.Messages}) reach every part's texts without a container.
 *
 * <p>Its resources lie in its {@link #resourceFolder()} on the class path:
 * <ul>
 * <li>{@code messages.properties} (Dutch), {@code messages_fr.properties}, {@code messages_en.properties}:
 *     its texts, each key in one bundle only (the platform's or one part's);</li>
 * <li>{@code mail/<template>_<nl|fr|en>.txt}: its mail templates, as listed in {@link #mailTemplates()}.</li>
 * </ul>
 * A part's settings are a record of its own read through MicroProfile Config (as
 * {@code platform.config.PlatformSettings} holds the platform's).
 */
public interface Part {

    /** The class-path folder of the part's texts and mail templates: by default its root package's. */
    default String resourceFolder() {
        return getClass().getPackageName().replace('.', '/');
    }

    /** The names of the mail templates the part ships, each in every language under {@code mail/}. */
    default List<String> mailTemplates() {
        return List.of();
    }

    /** The part's entries in the main menu, with the roles that see them. */
    default List<MenuEntry> menu() {
        return List.of();
    }

    /** The part's pages in Administration ({@code /admin/*}, admins only). */
    default List<AdminPage> adminPages() {
        return List.of();
    }

    /** The part's sections of the start page (the desk), with the roles that see them. */
    default List<DeskSection> desk() {
        return List.of();
    }

    /** The part's pages for people without an account, offered on the sign-in page. */
    default List<PublicEntry> publicEntries() {
        return List.of();
    }

    /** Every part of the product, in the order of their class names. */
    static List<Part> all() {
        return Parts.ALL;
    }
}
