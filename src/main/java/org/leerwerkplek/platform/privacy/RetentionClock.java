package org.leerwerkplek.platform.privacy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** The moment before which data of a given period is due at {@code now}. */
public final class RetentionClock {

    private RetentionClock() {
    }

    public static Instant cutoff(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
