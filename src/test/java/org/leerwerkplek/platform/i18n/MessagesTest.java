package org.leerwerkplek.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void dutchIsTheDefaultAndUnknownLanguagesFallBackToIt() {
        assertEquals("Aanmelden", Messages.get(Locale.forLanguageTag("nl"), "login.title"));
        assertEquals("Connexion", Messages.get(Locale.FRENCH, "login.title"));
        assertEquals("Sign in", Messages.get(Locale.ENGLISH, "login.title"));
        assertEquals("Aanmelden", Messages.get(Locale.GERMAN, "login.title"));
        assertEquals(Messages.DUTCH, Messages.supported((String) null));
        assertEquals(Locale.FRENCH, Messages.supported(Locale.forLanguageTag("fr-BE")));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Het wachtwoord moet minstens 12 tekens lang zijn.",
                Messages.get(Messages.DUTCH, "password.tooShort", 12, 128));
        assertEquals("unknown.key", Messages.get(Messages.DUTCH, "unknown.key"));
    }

    @Test
    void aTextWithoutArgumentsIsFormattedToo() {
        assertEquals("Nom d'utilisateur", Messages.get(Locale.FRENCH, "login.username"));
        assertEquals("Rien n'a été importé\u00A0: le fichier contient des erreurs.",
                Messages.get(Locale.FRENCH, "company.import.refused"));
    }
}
