package org.leerwerkplek.mentorcourse.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Course texts as pages show them: in the reader's language where written in it, else in Dutch, marked with their language. */
class LocalizedTextTest {

    private static final LocalizedText BOTH = LocalizedText.of("Het leerproces structureren", "Structurer l'apprentissage");
    private static final LocalizedText DUTCH_ONLY = new LocalizedText(Map.of(Language.NL, "Alleen in het Nederlands"));

    @Test
    void dutchPagesShowDutchFrenchPagesFrenchAndEnglishPagesDutch() {
        assertEquals(new LocalizedText.Shown("Het leerproces structureren", Language.NL),
                BOTH.forReader(Language.forPage("nl")).orElseThrow());
        assertEquals(new LocalizedText.Shown("Structurer l'apprentissage", Language.FR),
                BOTH.forReader(Language.forPage("fr")).orElseThrow());
        LocalizedText.Shown onEnglish = BOTH.forReader(Language.forPage("en")).orElseThrow();
        assertEquals("Het leerproces structureren", onEnglish.text());
        assertEquals("nl", onEnglish.lang(), "marked as Dutch for screen readers");
    }

    @Test
    void aTextNotWrittenInTheReadersLanguageIsShownInDutchAndSaysSo() {
        assertEquals(new LocalizedText.Shown("Alleen in het Nederlands", Language.NL),
                DUTCH_ONLY.forReader(Language.FR).orElseThrow());
        assertEquals(Optional.of("fr"), new LocalizedText(Map.of(Language.FR, "Seulement en français"))
                .forReader(Language.NL).map(LocalizedText.Shown::lang));
        assertEquals(Optional.empty(), new LocalizedText(Map.of()).forReader(Language.NL));
    }
}
