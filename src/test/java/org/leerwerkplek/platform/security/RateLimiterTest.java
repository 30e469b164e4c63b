package org.leerwerkplek.platform.security;

import org.leerwerkplek.platform.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T12:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);

    @Test
    void allowsABurstThenRefusesUntilRefilled() {
        assertTrue(limiter.tryAcquire("10.0.0.1"));
        assertTrue(limiter.tryAcquire("10.0.0.1"));
        assertTrue(limiter.tryAcquire("10.0.0.1"));
        assertFalse(limiter.tryAcquire("10.0.0.1"));
        assertTrue(limiter.tryAcquire("10.0.0.2"), "another address has its own bucket");

        clock.advance(Duration.ofSeconds(20));
        assertTrue(limiter.tryAcquire("10.0.0.1"), "one token back after a third of the period");
        assertFalse(limiter.tryAcquire("10.0.0.1"));
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("k"));
        }
        assertFalse(limiter.tryAcquire("k"));
    }

    @Test
    void refusesNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO, clock));
    }
}
