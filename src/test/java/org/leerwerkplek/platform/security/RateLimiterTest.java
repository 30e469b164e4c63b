package org.leerwerkplek.platform.security;

import org.leerwerkplek.platform.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.cluster.LocalGrid;

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

    @Test
    void twoInstancesOnOneGridShareTheBuckets() {
        LocalGrid grid = new LocalGrid(clock);
        RateLimiter nodeA = new RateLimiter("starts", 3, Duration.ofMinutes(1), clock, grid);
        RateLimiter nodeB = new RateLimiter("starts", 3, Duration.ofMinutes(1), clock, grid);
        RateLimiter otherLimit = new RateLimiter("sign-ups", 3, Duration.ofMinutes(1), clock, grid);

        assertTrue(nodeA.tryAcquire("10.0.0.1"));
        assertTrue(nodeB.tryAcquire("10.0.0.1"));
        assertTrue(nodeA.tryAcquire("10.0.0.1"));
        assertFalse(nodeB.tryAcquire("10.0.0.1"), "three in all, whichever instance took them");
        assertTrue(otherLimit.tryAcquire("10.0.0.1"), "another limit has its own buckets");

        clock.advance(Duration.ofSeconds(20));
        assertTrue(nodeB.tryAcquire("10.0.0.1"), "the refill is shared too");
        assertFalse(nodeA.tryAcquire("10.0.0.1"));
    }

    @Test
    void aBucketLeftAloneForAPeriodIsDroppedAndFullAgain() {
        LocalGrid grid = new LocalGrid(clock);
        RateLimiter shared = new RateLimiter("starts", 2, Duration.ofMinutes(1), clock, grid);
        assertTrue(shared.tryAcquire("k"));
        assertTrue(shared.tryAcquire("k"));
        assertFalse(shared.tryAcquire("k"));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(shared.tryAcquire("k"));
        assertTrue(shared.tryAcquire("k"));
        assertFalse(shared.tryAcquire("k"));
    }

    @Test
    void aNodeWhoseClockIsBehindGetsNoExtraTokens() {
        LocalGrid grid = new LocalGrid(clock);
        MutableClock behind = new MutableClock(clock.instant().minusSeconds(30));
        RateLimiter nodeA = new RateLimiter("starts", 3, Duration.ofMinutes(1), clock, grid);
        RateLimiter slowNode = new RateLimiter("starts", 3, Duration.ofMinutes(1), behind, grid);
        assertTrue(nodeA.tryAcquire("k"));
        assertTrue(nodeA.tryAcquire("k"));
        assertTrue(slowNode.tryAcquire("k"));
        assertFalse(slowNode.tryAcquire("k"));
        assertFalse(nodeA.tryAcquire("k"), "the bucket's time did not go back 30 s, so nothing was refilled");
    }

    @Test
    void aBucketIsStoredAsTextAndReadBackExactly() {
        RateLimiter.Bucket bucket = new RateLimiter.Bucket(2.0 / 3, Instant.parse("2026-11-22T12:00:00.123456789Z"));
        assertEquals(bucket, RateLimiter.Bucket.of(bucket.stored()));
    }
}
