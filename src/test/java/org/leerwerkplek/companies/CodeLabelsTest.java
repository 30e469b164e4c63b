package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

class CodeLabelsTest {

    private final CodeLabels labels = new CodeLabels(
            Map.of("MENTOROPLEIDING", LocalizedText.of("Mentoropleiding", "Formation de tuteur")),
            Map.of("GESCHIKT", LocalizedText.of("Geschikt als leerwerkplek", "Apte comme lieu d'apprentissage"),
                    "NOG_NIET_GESCHIKT", LocalizedText.of("Nog niet geschikt", "Pas encore apte")));

    @Test
    void codesShowTheirNamesInTheLanguage() {
        assertEquals("Mentoropleiding", labels.supportForm("MENTOROPLEIDING", Language.NL));
        assertEquals("Formation de tuteur", labels.supportForm("MENTOROPLEIDING", Language.FR));
        assertEquals("Apte comme lieu d'apprentissage", labels.verdict("GESCHIKT", Language.FR));
    }

    @Test
    void anUnknownCodeShowsAsItIsAndNoneAsNothing() {
        assertEquals("TAALBAD", labels.supportForm("TAALBAD", Language.NL));
        assertEquals("", labels.verdict(null, Language.NL));
        assertEquals("GESCHIKT", CodeLabels.NONE.verdict("GESCHIKT", Language.NL));
        assertEquals(java.util.List.of("GESCHIKT", "NOG_NIET_GESCHIKT"), labels.verdictCodes());
    }
}
