package org.leerwerkplek.surveys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.Language;

/** The language a public link starts a response in. */
class PublicStartBackingTest {

    @Test
    void theChosenLanguageWinsOverTheBrowsers() {
        // a French visitor (cookie lwp-lang=fr) whose browser asks for Dutch: the response is French
        assertEquals(Language.FR, PublicStartBacking.startLanguage(true, "fr", "nl"));
        assertEquals(Language.NL, PublicStartBacking.startLanguage(true, "nl", "fr"));
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageAndDutchForAnyOther() {
        assertEquals(Language.FR, PublicStartBacking.startLanguage(false, "nl", "fr"));
        assertEquals(Language.NL, PublicStartBacking.startLanguage(false, "nl", "de"));
    }
}
