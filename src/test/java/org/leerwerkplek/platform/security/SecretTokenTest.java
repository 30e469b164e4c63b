package org.leerwerkplek.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokenTest {

    @Test
    void tokensCarryAtLeast128RandomBitsAndDiffer() {
        String token = SecretToken.generate();
        assertTrue(Base64.getUrlDecoder().decode(token).length * 8 >= 128);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(SecretToken.generate()));
        }
        assertTrue(SecretToken.isWellFormed(token));
    }

    @Test
    void theHashIsSha256HexAndStable() {
        // printf %s abc | sha256sum
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretToken.hash("abc"));
        String token = SecretToken.generate();
        assertEquals(SecretToken.hash(token), SecretToken.hash(token));
        assertNotEquals(token, SecretToken.hash(token));
    }

    @Test
    void malformedTokensAreRecognised() {
        assertFalse(SecretToken.isWellFormed(null));
        assertFalse(SecretToken.isWellFormed("short"));
        assertFalse(SecretToken.isWellFormed("a".repeat(42) + "/"));
        assertFalse(SecretToken.isWellFormed("' or 1=1 --" + "a".repeat(32)));
    }
}
