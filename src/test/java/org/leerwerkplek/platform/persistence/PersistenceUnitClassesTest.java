package org.leerwerkplek.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The persistence unit lists its classes (EclipseLink no longer looks through every class of the WAR for them at
 * start-up): every entity, embeddable, mapped superclass and converter of the application is listed, and nothing else.
 */
class PersistenceUnitClassesTest {

    @Test
    void everyMappedClassIsListedInPersistenceXmlAndUnlistedClassesAreExcluded() throws Exception {
        Document xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            xml = factory.newDocumentBuilder().parse(in);
        }
        Set<String> listed = new TreeSet<>();
        NodeList classes = xml.getElementsByTagNameNS("*", "class");
        for (int i = 0; i < classes.getLength(); i++) {
            listed.add(classes.item(i).getTextContent().strip());
        }
        Set<String> mapped = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leerwerkplek")) {
            if (List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class).stream()
                    .anyMatch(type::isAnnotatedWith)) {
                mapped.add(type.getName());
            }
        }

        assertTrue(mapped.size() > 10, "the application's mapped classes were found: " + mapped);
        assertEquals(mapped, listed, "META-INF/persistence.xml lists exactly the mapped classes");
        assertEquals("true", xml.getElementsByTagNameNS("*", "exclude-unlisted-classes").item(0).getTextContent().strip());
    }
}
