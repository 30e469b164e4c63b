package org.leerwerkplek.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per key (for example a client address): up to {@code capacity} requests at
 * once, refilled at {@code capacity} per {@code period}. Kept in memory, per instance.
 */
public final class RateLimiter {

    private record Bucket(double tokens, Instant updated) {
    }

    private final int capacity;
    private final Duration period;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, Duration period, Clock clock) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("capacity and period must be positive");
        }
        this.capacity = capacity;
        this.period = period;
        this.clock = clock;
    }

    /** Takes one token for {@code key}; false when its bucket is empty (the request is refused). */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        boolean[] granted = new boolean[1];
        buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? capacity : refill(bucket, now);
            granted[0] = tokens >= 1;
            return new Bucket(granted[0] ? tokens - 1 : tokens, now);
        });
        if (buckets.size() > 100_000) {
            buckets.entrySet().removeIf(e -> refill(e.getValue(), now) >= capacity);
        }
        return granted[0];
    }

    private double refill(Bucket bucket, Instant now) {
        double elapsed = Duration.between(bucket.updated(), now).toNanos();
        double added = elapsed / period.toNanos() * capacity;
        return Math.min(capacity, bucket.tokens() + Math.max(0, added));
    }
}
