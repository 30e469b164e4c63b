package org.leerwerkplek.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private final VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(5));
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theSamePasswordForTheSameStoredHashIsKnownForAShortTime() {
        verified.remember("pbkdf2$abc", "Werf-Sleutel-2026".toCharArray(), now);
        assertTrue(verified.recentlyVerified("pbkdf2$abc", "Werf-Sleutel-2026".toCharArray(), now.plusSeconds(299)));
        assertFalse(verified.recentlyVerified("pbkdf2$abc", "Werf-Sleutel-2026".toCharArray(), now.plusSeconds(300)),
                "expired");
    }

    @Test
    void anotherPasswordOrAChangedPasswordIsNotKnown() {
        verified.remember("pbkdf2$abc", "Werf-Sleutel-2026".toCharArray(), now);
        assertFalse(verified.recentlyVerified("pbkdf2$abc", "Werf-Sleutel-2027".toCharArray(), now));
        assertFalse(verified.recentlyVerified("pbkdf2$new", "Werf-Sleutel-2026".toCharArray(), now),
                "a new stored hash (password changed) needs PBKDF2 again");
        assertFalse(new VerifiedPasswords(Duration.ofMinutes(5))
                .recentlyVerified("pbkdf2$abc", "Werf-Sleutel-2026".toCharArray(), now), "another process knows nothing");
    }
}
