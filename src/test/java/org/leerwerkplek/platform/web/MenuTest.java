package org.leerwerkplek.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.security.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The menu the parts contribute must offer exactly the parts that web.xml lets each role open. */
class MenuTest {

    private static final Path WEB_XML = Path.of("src/main/webapp/WEB-INF/web.xml");

    @Test
    void menuRolesMatchTheSecurityConstraintsOfWebXml() throws Exception {
        Map<String, Set<String>> constraints = constraints();
        assertTrue(Menu.entries().size() > 1, "the parts' entries are found");
        for (MenuEntry part : Menu.entries()) {
            Set<String> granted = constraints.get(part.folderPattern());
            assertNotNull(granted, "web.xml has no constraint for " + part.folderPattern());
            Set<String> expected = new TreeSet<>();
            part.roles().forEach(r -> expected.add(r.name()));
            assertEquals(expected, new TreeSet<>(granted), "roles of " + part);
            assertTrue(Files.exists(Path.of("src/main/webapp" + part.page())), "page of " + part + " exists");
        }
    }

    /** The menu as it was when the platform listed the parts itself, with the placements after the companies: the same entries, order and roles. */
    @Test
    void eachRoleSeesOnlyItsPartsInTheMenusOrder() {
        assertEquals(List.of("COMPANIES", "PLACEMENTS", "SURVEYS", "FIELDWORK", "ANALYSIS", "MENTOR_COURSE", "ADMIN"), names(EnumSet.allOf(Role.class)));
        assertEquals(List.of("COMPANIES", "PLACEMENTS", "SURVEYS", "MENTOR_COURSE"), names(EnumSet.of(Role.ADVISOR)));
        assertEquals(List.of("COMPANIES", "PLACEMENTS", "SURVEYS", "FIELDWORK", "ANALYSIS", "MENTOR_COURSE"), names(EnumSet.of(Role.ANALYST)));
        assertEquals(List.of("MENTOR_COURSE"), names(EnumSet.of(Role.MENTOR)));
        assertEquals(List.of(), names(EnumSet.noneOf(Role.class)));
        assertTrue(Menu.ADMIN.isOpenTo(EnumSet.of(Role.ADMIN)));
        assertFalse(Menu.ADMIN.isOpenTo(EnumSet.of(Role.ADVISOR, Role.ANALYST, Role.MENTOR)));
    }

    /** The start page shows the sections the parts contribute, each an existing fragment, to the roles it names. */
    @Test
    void theDeskGathersThePartsSectionsForTheirRoles() {
        assertFalse(Menu.desk().isEmpty(), "the parts' desk sections are found");
        for (DeskSection section : Menu.desk()) {
            assertTrue(Files.exists(Path.of("src/main/webapp" + section.include())), "fragment of " + section + " exists");
        }
        assertTrue(Menu.desk().stream().anyMatch(s -> s.isOpenTo(EnumSet.of(Role.ADVISOR))));
        assertFalse(Menu.desk().stream().anyMatch(s -> s.isOpenTo(EnumSet.noneOf(Role.class))));
        assertThrows(IllegalArgumentException.class, () -> new DeskSection("/x/page.xhtml", Set.of(Role.ADVISOR), 1));
    }

    /** The sign-in page offers the parts' pages for people without an account: pages that exist and that web.xml leaves open. */
    @Test
    void thePublicEntriesArePagesAnyoneMayOpen() throws Exception {
        assertFalse(Menu.publicEntries().isEmpty(), "the parts' public entries are found");
        Map<String, Set<String>> constraints = constraints();
        for (PublicEntry entry : Menu.publicEntries()) {
            assertTrue(Files.exists(Path.of("src/main/webapp" + entry.page())), "page of " + entry + " exists");
            String folder = entry.page().substring(0, entry.page().lastIndexOf('/')) + "/*";
            assertFalse(constraints.containsKey(folder) || constraints.containsKey(entry.page()),
                    entry + " must be open without signing in");
        }
        assertThrows(IllegalArgumentException.class, () -> new PublicEntry("apply", "x", 1));
    }

    @Test
    void aPageBelongsToTheEntryOfItsFolder() {
        MenuEntry entry = new MenuEntry("X", "/x/index.xhtml", "x.menu", "pi pi-x", EnumSet.of(Role.ADVISOR), 1);
        assertTrue(entry.contains("/x/fiche.xhtml"));
        assertEquals("/x/*", entry.folderPattern());
        assertTrue(Menu.ADMIN.contains("/admin/mail.xhtml"));
        assertFalse(Menu.ADMIN.contains("/x/index.xhtml"));
        assertFalse(entry.contains("/index.xhtml"));
        assertFalse(entry.contains(null));
        assertThrows(IllegalArgumentException.class, () -> new MenuEntry("Y", "/index.xhtml", "y", "pi", EnumSet.of(Role.ADMIN), 1));
    }

    /** Administration's navigation as it was when the platform listed its pages itself: the parts' pages after the users. */
    @Test
    void administrationShowsThePlatformsPagesAndThePartsInOrder() {
        List<String> pages = Menu.adminPages().stream().map(AdminPage::page).toList();
        assertEquals(List.of("/admin/users.xhtml", "/admin/surveys.xhtml", "/admin/xlsform.xhtml", "/admin/course.xhtml", "/admin/applications.xhtml",
                "/admin/mail.xhtml",
                "/admin/audit.xhtml", "/admin/backups.xhtml", "/admin/privacy.xhtml"), pages);
        for (String page : pages) {
            assertTrue(Files.exists(Path.of("src/main/webapp" + page)), page);
        }
    }

    private static List<String> names(Set<Role> roles) {
        return Menu.entries().stream().filter(e -> e.isOpenTo(roles)).map(MenuEntry::name).toList();
    }

    private static Map<String, Set<String>> constraints() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(WEB_XML.toFile());
        Map<String, Set<String>> result = new HashMap<>();
        NodeList list = doc.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element constraint = (Element) list.item(i);
            Set<String> roles = new TreeSet<>();
            NodeList roleNames = constraint.getElementsByTagNameNS("*", "role-name");
            for (int r = 0; r < roleNames.getLength(); r++) {
                roles.add(roleNames.item(r).getTextContent().trim());
            }
            NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                result.put(patterns.item(p).getTextContent().trim(), roles);
            }
        }
        return result;
    }
}
