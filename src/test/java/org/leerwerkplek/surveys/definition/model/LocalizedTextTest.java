package org.leerwerkplek.surveys.definition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void aMissingLanguageFallsBackToDutch() {
        LocalizedText text = LocalizedText.of("Ja", "Oui");
        assertEquals("Oui", text.in(Language.FR));
        assertEquals("Ja", text.in(Language.EN));
    }

    @Test
    void dutchIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(Map.of(Language.FR, "Oui")));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(Map.of(Language.NL, " ")));
    }

    @Test
    void languageCodes() {
        assertEquals("fr", Language.FR.code());
        assertEquals(Language.EN, Language.fromCode("en").orElseThrow());
        assertTrue(Language.fromCode("de").isEmpty());
    }
}
