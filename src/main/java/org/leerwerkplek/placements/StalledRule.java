package org.leerwerkplek.placements;

import java.time.Duration;
import java.time.Instant;

/** When a placement counts as stalled: it has held its phase longer than that phase's limit ({@link PlacementSettings}). */
public record StalledRule(PlacementSettings settings) {

    /** Whether a placement in {@code phase} since {@code since} is stalled at {@code now}; the last phase never stalls. */
    public boolean stalled(Phase phase, Instant since, Instant now) {
        if (phase.next().isEmpty()) {
            return false;
        }
        return Duration.between(since, now).compareTo(Duration.ofDays(settings.days(phase))) > 0;
    }

    /** Whole days in the phase at {@code now}. */
    public static long daysIn(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toDays());
    }
}
