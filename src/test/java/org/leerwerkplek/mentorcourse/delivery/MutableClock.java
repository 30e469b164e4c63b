package org.leerwerkplek.mentorcourse.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand, one day at a time. */
final class MutableClock extends Clock {

    private Instant now;

    MutableClock(LocalDate day) {
        set(day);
    }

    /** Moves to 06:00 UTC on {@code day}, when the scheduler runs. */
    void set(LocalDate day) {
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
