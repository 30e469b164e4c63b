package org.leerwerkplek.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.security.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The menu must offer exactly the parts that web.xml lets each role open. */
class PartTest {

    private static final Path WEB_XML = Path.of("src/main/webapp/WEB-INF/web.xml");

    @Test
    void menuRolesMatchTheSecurityConstraintsOfWebXml() throws Exception {
        Map<String, Set<String>> constraints = constraints();
        for (Part part : Part.values()) {
            Set<String> granted = constraints.get(part.folderPattern());
            assertNotNull(granted, "web.xml has no constraint for " + part.folderPattern());
            Set<String> expected = new TreeSet<>();
            part.roles().forEach(r -> expected.add(r.name()));
            assertEquals(expected, new TreeSet<>(granted), "roles of " + part);
            assertTrue(Files.exists(Path.of("src/main/webapp" + part.page())), "page of " + part + " exists");
        }
    }

    @Test
    void eachRoleSeesOnlyItsParts() {
        assertTrue(Part.ADMIN.isOpenTo(EnumSet.of(Role.ADMIN)));
        assertFalse(Part.ADMIN.isOpenTo(EnumSet.of(Role.ADVISOR, Role.ANALYST, Role.MENTOR)));
        assertTrue(Part.COMPANIES.isOpenTo(EnumSet.of(Role.ADVISOR)));
        assertFalse(Part.ANALYSIS.isOpenTo(EnumSet.of(Role.ADVISOR)));
        assertFalse(Part.COMPANIES.isOpenTo(EnumSet.noneOf(Role.class)));
    }

    @Test
    void aPageBelongsToThePartOfItsFolder() {
        assertTrue(Part.COMPANIES.contains("/companies/fiche.xhtml"));
        assertTrue(Part.ADMIN.contains("/admin/mail.xhtml"));
        assertFalse(Part.ADMIN.contains("/analysis/index.xhtml"));
        assertFalse(Part.COMPANIES.contains("/index.xhtml"));
        assertFalse(Part.COMPANIES.contains(null));
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
