package org.leerwerkplek.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins of one account slow down and then lock it. The first
 * {@code freeAttempts} failures cost nothing; each further failure doubles the wait before the
 * next attempt is heard ({@code firstWait}, then twice that, ...: 1 s, 2 s, 4 s by default); at
 * {@code lockAfter} failures the account is locked for {@code lockDuration}. A successful sign-in
 * or a password reset starts afresh.
 */
public record LoginThrottle(int freeAttempts, int lockAfter, Duration lockDuration, Duration firstWait) {

    public LoginThrottle {
        if (freeAttempts < 1 || lockAfter <= freeAttempts || lockDuration.isNegative() || lockDuration.isZero()
                || firstWait.isNegative() || firstWait.isZero()) {
            throw new IllegalArgumentException("need 1 <= freeAttempts < lockAfter, a positive lock duration and wait");
        }
    }

    /** The default first wait of one second. */
    public LoginThrottle(int freeAttempts, int lockAfter, Duration lockDuration) {
        this(freeAttempts, lockAfter, lockDuration, Duration.ofSeconds(1));
    }

    /** The earliest moment the next attempt is checked, after {@code failures} failures. */
    public Instant nextAttemptAt(int failures, Instant lastFailure) {
        if (failures < freeAttempts || lastFailure == null) {
            return Instant.MIN;
        }
        if (failures >= lockAfter) {
            return lastFailure.plus(lockDuration);
        }
        int doublings = Math.min(failures - freeAttempts, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return lastFailure.plus(wait.compareTo(lockDuration) < 0 ? wait : lockDuration);
    }

    /** Whether the account is locked (not merely slowed down) at {@code now}. */
    public boolean isLocked(int failures, Instant lastFailure, Instant now) {
        return failures >= lockAfter && now.isBefore(nextAttemptAt(failures, lastFailure));
    }
}
