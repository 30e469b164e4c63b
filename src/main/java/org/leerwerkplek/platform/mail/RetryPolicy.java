package org.leerwerkplek.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a mail that the SMTP server did not take is tried again: the wait doubles with every
 * failed attempt, starting at {@code firstDelay} and never longer than {@code maxDelay}; after
 * {@code maxAttempts} attempts it is given up.
 */
public final class RetryPolicy {

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxAttempts;
    private final Clock clock;

    public RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts, Clock clock) {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 < firstDelay <= maxDelay, got " + firstDelay + " and " + maxDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxAttempts = maxAttempts;
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The moment of the next attempt after {@code attemptsMade} attempts failed (counting the one
     * that just failed), or empty when no attempt is left.
     */
    public Optional<Instant> nextAttempt(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(clock.instant().plus(delayAfter(attemptsMade)));
    }

    /** The wait after {@code attemptsMade} failed attempts: firstDelay, then doubled each time, capped at maxDelay. */
    public Duration delayAfter(int attemptsMade) {
        int doublings = Math.max(0, attemptsMade - 1);
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
