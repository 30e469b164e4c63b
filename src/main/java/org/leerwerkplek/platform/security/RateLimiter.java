package org.leerwerkplek.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.leerwerkplek.platform.cluster.DataGrid;
import org.leerwerkplek.platform.cluster.LocalGrid;

/**
 * A token bucket per key (for example a client address): up to {@code capacity} requests at
 * once, refilled at {@code capacity} per {@code period}. The buckets are kept in a
 * {@link DataGrid}: shared by every instance when the data grid is on, so that a client cannot
 * multiply its allowance by the number of nodes; in this instance's memory otherwise. A bucket
 * left alone for a whole period is full again, so it is kept for one period and then dropped.
 */
public final class RateLimiter {

    /** A bucket as stored: tokens left and when they were counted ({@code "2.5@2026-11-22T12:00:00Z"}). */
    record Bucket(double tokens, Instant updated) {

        String stored() {
            return tokens + "@" + updated;
        }

        static Bucket of(String stored) {
            int at = stored.indexOf('@');
            return new Bucket(Double.parseDouble(stored.substring(0, at)), Instant.parse(stored.substring(at + 1)));
        }
    }

    private final String name;
    private final int capacity;
    private final Duration period;
    private final Clock clock;
    private final DataGrid grid;

    /** A limiter of this instance alone. */
    public RateLimiter(int capacity, Duration period, Clock clock) {
        this("local", capacity, period, clock, new LocalGrid(clock));
    }

    /**
     * A limiter named {@code name} (its buckets' map in the grid; one name per kind of limit) whose
     * buckets are in {@code grid}.
     */
    public RateLimiter(String name, int capacity, Duration period, Clock clock, DataGrid grid) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("capacity and period must be positive");
        }
        this.name = "rate-limit." + Objects.requireNonNull(name);
        this.capacity = capacity;
        this.period = period;
        this.clock = clock;
        this.grid = Objects.requireNonNull(grid);
    }

    /** Takes one token for {@code key}; false when its bucket is empty (the request is refused). */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        boolean[] granted = new boolean[1];
        grid.update(name, key, stored -> {
            Bucket bucket = stored == null ? null : Bucket.of(stored);
            double tokens = bucket == null ? capacity : refill(bucket, now);
            granted[0] = tokens >= 1;
            // another node's clock may be a little behind: a bucket's time never goes back
            Instant counted = bucket == null || now.isAfter(bucket.updated()) ? now : bucket.updated();
            return new Bucket(granted[0] ? tokens - 1 : tokens, counted).stored();
        }, period);
        return granted[0];
    }

    private double refill(Bucket bucket, Instant now) {
        double elapsed = Duration.between(bucket.updated(), now).toNanos();
        double added = elapsed / period.toNanos() * capacity;
        return Math.min(capacity, bucket.tokens() + Math.max(0, added));
    }
}
