package org.leerwerkplek.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesAlgorithmIterationsSaltAndHash() {
        String stored = hasher.hash("Metselaar-op-de-werf".toCharArray());
        String[] parts = stored.split("\\$");

        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, "at least 210,000 iterations");
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "16-byte salt");
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length, "512-bit hash");
    }

    @Test
    void matchesOnlyTheSamePassword() {
        String stored = hasher.hash("Metselaar-op-de-werf".toCharArray());
        assertTrue(hasher.matches("Metselaar-op-de-werf".toCharArray(), stored));
        assertFalse(hasher.matches("metselaar-op-de-werf".toCharArray(), stored));
        assertFalse(hasher.matches("".toCharArray(), stored));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        String first = hasher.hash("Zelfde-wachtwoord".toCharArray());
        String second = hasher.hash("Zelfde-wachtwoord".toCharArray());
        assertNotEquals(first, second);
        assertTrue(hasher.matches("Zelfde-wachtwoord".toCharArray(), second));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertFalse(hasher.matches("x".toCharArray(), null));
        assertFalse(hasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(hasher.matches("x".toCharArray(), "pbkdf2-sha512$notanumber$AAAA$AAAA"));
        assertFalse(hasher.matches("x".toCharArray(), "md5$1$AAAA$AAAA"));
    }

    @Test
    void refusesWeakerSettings() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000));
    }
}
