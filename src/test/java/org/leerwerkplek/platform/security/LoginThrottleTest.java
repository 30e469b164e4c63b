package org.leerwerkplek.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofMinutes(15));
    private final Instant t0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void firstFailuresCostNothing() {
        assertEquals(Instant.MIN, throttle.nextAttemptAt(0, null));
        assertEquals(Instant.MIN, throttle.nextAttemptAt(2, t0));
    }

    @Test
    void furtherFailuresDoubleTheWait() {
        assertEquals(t0.plusSeconds(1), throttle.nextAttemptAt(3, t0));
        assertEquals(t0.plusSeconds(2), throttle.nextAttemptAt(4, t0));
        assertEquals(t0.plusSeconds(4), throttle.nextAttemptAt(5, t0));
        assertEquals(t0.plusSeconds(64), throttle.nextAttemptAt(9, t0));
        assertFalse(throttle.isLocked(9, t0, t0));
    }

    @Test
    void theFirstWaitIsASetting() {
        LoginThrottle slower = new LoginThrottle(3, 10, Duration.ofMinutes(15), Duration.ofSeconds(6));

        assertEquals(t0.plusSeconds(6), slower.nextAttemptAt(3, t0));
        assertEquals(t0.plusSeconds(12), slower.nextAttemptAt(4, t0));
    }

    @Test
    void enoughFailuresLockForTheLockDuration() {
        assertEquals(t0.plus(Duration.ofMinutes(15)), throttle.nextAttemptAt(10, t0));
        assertTrue(throttle.isLocked(10, t0, t0.plus(Duration.ofMinutes(14))));
        assertFalse(throttle.isLocked(10, t0, t0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void theWaitNeverExceedsTheLock() {
        LoginThrottle shortLock = new LoginThrottle(1, 40, Duration.ofSeconds(30));
        assertEquals(t0.plusSeconds(30), shortLock.nextAttemptAt(39, t0));
    }

    @Test
    void inconsistentSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, 5, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, 5, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(1, 5, Duration.ZERO));
    }
}
