package org.leerwerkplek.platform.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The grid of an instance alone ({@code --noHazelcast}): values in this instance's memory, no one to tell. */
public final class LocalGrid implements DataGrid {

    /** Past this many values, those whose keeping time ended are dropped on the next update. */
    static final int PRUNE_ABOVE = 100_000;

    private record Kept(String value, Instant until) {
    }

    private final Clock clock;
    private final Map<String, Kept> values = new ConcurrentHashMap<>();

    public LocalGrid(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public String update(String map, String key, UnaryOperator<String> change, Duration keep) {
        Instant now = clock.instant();
        Kept kept = values.compute(map + '\u0000' + key, (k, old) -> {
            String current = old == null || !now.isBefore(old.until()) ? null : old.value();
            String next = change.apply(current);
            return next == null ? null : new Kept(next, now.plus(keep));
        });
        if (values.size() > PRUNE_ABOVE) {
            values.values().removeIf(k -> !now.isBefore(k.until()));
        }
        return kept == null ? null : kept.value();
    }

    @Override
    public void tellOthers(String notice) {
        // alone: nobody else to tell
    }

    /** How many values are kept (expired ones may still count until the next pruning). */
    int size() {
        return values.size();
    }
}
