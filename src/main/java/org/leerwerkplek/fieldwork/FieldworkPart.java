package org.leerwerkplek.fieldwork;

import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.MenuEntry;

/**
 * What the fieldwork part brings to the platform: its texts ({@code messages*.properties} in this
 * package's folder), its mail templates ({@code mail/}) and its entry in the main menu.
 */
public final class FieldworkPart implements Part {

    /**
     * A fieldwork invitation. Values: {@code name} (the contact), {@code company}, {@code link}
     * (the personal answering link), {@code optOutLink}, {@code closingDate}.
     */
    public static final String INVITATION = "invitation";

    /** A fieldwork reminder; the same values as {@link #INVITATION}. */
    public static final String REMINDER = "reminder";

    @Override
    public List<String> mailTemplates() {
        return List.of(INVITATION, REMINDER);
    }

    /** Its pages ({@code web.xml} grants their folder to the same roles). */
    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("FIELDWORK", "/fieldwork/index.xhtml", "fieldwork.menu", "pi pi-send",
                EnumSet.of(Role.ADMIN, Role.ANALYST), 30));
    }
}
