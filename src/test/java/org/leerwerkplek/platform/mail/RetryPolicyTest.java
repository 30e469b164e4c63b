package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MutableClock;

class RetryPolicyTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 6, clock);

    @Test
    void theWaitDoublesFromTheFirstDelayUpToTheCap() {
        assertEquals(Duration.ofMinutes(1), policy.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), policy.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), policy.delayAfter(3));
        assertEquals(Duration.ofMinutes(8), policy.delayAfter(4));
        assertEquals(Duration.ofMinutes(10), policy.delayAfter(5));
        assertEquals(Duration.ofMinutes(10), policy.delayAfter(1_000_000), "no overflow after many attempts");
        assertEquals(Duration.ofMinutes(1), policy.delayAfter(0));
    }

    @Test
    void theNextAttemptCountsFromTheClock() {
        assertEquals(Optional.of(Instant.parse("2026-03-02T08:04:00Z")), policy.nextAttempt(3));
        clock.advance(Duration.ofHours(1));
        assertEquals(Optional.of(Instant.parse("2026-03-02T09:01:00Z")), policy.nextAttempt(1));
    }

    @Test
    void afterTheLastAttemptItGivesUp() {
        assertTrue(policy.nextAttempt(5).isPresent());
        assertTrue(policy.nextAttempt(6).isEmpty());
        assertTrue(policy.nextAttempt(7).isEmpty());
        assertTrue(new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, clock).nextAttempt(1).isEmpty());
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3, clock));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3, clock));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0, clock));
    }
}
