package org.leerwerkplek.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand, for the plain classes that take a {@link Clock}. */
public final class MutableClock extends Clock {

    private Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Starts at 06:00 UTC on {@code day}, when schedulers run. */
    public MutableClock(LocalDate day) {
        set(day);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Moves to 06:00 UTC on {@code day}. */
    public void set(LocalDate day) {
        now = day.atTime(6, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
