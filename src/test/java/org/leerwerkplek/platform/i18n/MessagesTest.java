package org.leerwerkplek.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void everyLanguageHasEveryKey(String bundle) throws IOException {
        Set<String> dutch = keys(bundle + ".properties");
        assertEquals(dutch, keys(bundle + "_fr.properties"), "French " + bundle);
        assertEquals(dutch, keys(bundle + "_en.properties"), "English " + bundle);
    }

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

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/leerwerkplek/platform/i18n/" + file)) {
            assertTrue(in != null, file + " exists");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
