package org.leerwerkplek.placements;

import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.platform.part.Part;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.web.DeskSection;
import org.leerwerkplek.platform.web.MenuEntry;

/**
 * What the placements part brings to the platform: its texts ({@code messages*.properties} in this
 * package's folder), its entry in the main menu (the pipeline) and its section of the start page
 * (placements stalled in a phase). It builds on companies and the mentor course, through their services.
 */
public final class PlacementsPart implements Part {

    /** Its pages ({@code web.xml} grants their folder to the same roles). */
    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("PLACEMENTS", "/placements/index.xhtml", "placement.menu", "pi pi-directions",
                EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST), 15));
    }

    @Override
    public List<DeskSection> desk() {
        return List.of(new DeskSection("/WEB-INF/includes/placements/stalled.xhtml",
                EnumSet.of(Role.ADMIN, Role.ADVISOR), 60));
    }
}
