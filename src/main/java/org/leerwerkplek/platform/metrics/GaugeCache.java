package org.leerwerkplek.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The values of the application's gauges, read from their {@link MetricSource}s at most once per
 * {@code fresh} each, so that scrapes from every node every few seconds cost the database next to
 * nothing.
 *
 * <ul>
 * <li>The first gauge of a source asked for after its values have aged past {@code fresh} starts one
 *     read of the whole source on the executor (never two at once) and waits for it at most
 *     {@code wait}; the other gauges of the source asked for during the same read wait for the same
 *     read, up to the same moment. A read slower than that (a database that hangs) leaves the
 *     previous values in place until it ends, so a scrape never takes much longer than {@code wait}.</li>
 * <li>A read that fails (the database is down) makes the source's values {@code NaN} until the next
 *     read, one {@code fresh} later: the scrape answers, the operator sees a gap, and
 *     {@code onFailure} is told which source failed.</li>
 * </ul>
 */
public final class GaugeCache {

    private static final Logger LOG = Logger.getLogger(GaugeCache.class.getName());

    private final Map<MetricSource, Entry> entries = new IdentityHashMap<>();
    private final Executor executor;
    private final Clock clock;
    private final Duration fresh;
    private final Duration wait;
    private final Consumer<MetricSource> onFailure;

    /**
     * @param fresh     how long a read's values serve
     * @param wait      how long a gauge waits for a read under way before it answers the previous values
     * @param onFailure told of each read that failed
     */
    public GaugeCache(List<MetricSource> sources, Executor executor, Clock clock, Duration fresh, Duration wait,
                      Consumer<MetricSource> onFailure) {
        sources.forEach(source -> entries.put(source, new Entry(source)));
        this.executor = executor;
        this.clock = clock;
        this.fresh = fresh;
        this.wait = wait;
        this.onFailure = onFailure;
    }

    /** The gauge's value as of the source's latest read; {@code NaN} when that read failed or left it out. */
    public double value(MetricSource source, GaugeSpec gauge) {
        Entry entry = entries.get(source);
        if (entry == null) {
            throw new IllegalArgumentException("Not a source of this cache: " + source.name());
        }
        CompletableFuture<Void> reading;
        long deadline;
        synchronized (entry) {
            if (entry.reading == null && !entry.freshAt(clock.instant(), fresh)) {
                entry.reading = new CompletableFuture<>();
                entry.deadline = System.nanoTime() + wait.toNanos();
                CompletableFuture<Void> started = entry.reading;
                try {
                    executor.execute(() -> read(entry, started));
                } catch (RuntimeException refused) {
                    read(entry, started);
                }
            }
            reading = entry.reading;
            deadline = entry.deadline;
        }
        if (reading != null) {
            awaitUntil(reading, deadline);
        }
        Number value = entry.values.get(gauge);
        return value == null ? Double.NaN : value.doubleValue();
    }

    private void read(Entry entry, CompletableFuture<Void> reading) {
        Map<GaugeSpec, ? extends Number> values;
        boolean failed = false;
        try {
            values = Map.copyOf(entry.source.read());
        } catch (RuntimeException e) {
            values = Map.of();
            failed = true;
            Level level = entry.failing ? Level.FINE : Level.WARNING;
            LOG.log(level, "Metrics: cannot read " + entry.source.name() + " (its gauges show NaN until a read succeeds): "
                    + e, level == Level.FINE ? e : null);
        }
        synchronized (entry) {
            entry.values = values;
            entry.readAt = clock.instant();
            entry.failing = failed;
            entry.reading = null;
        }
        if (failed) {
            onFailure.accept(entry.source);
        }
        reading.complete(null);
    }

    private static void awaitUntil(CompletableFuture<Void> reading, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return;
        }
        try {
            reading.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // answer the previous values; the read goes on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Entry {
        final MetricSource source;
        volatile Map<GaugeSpec, ? extends Number> values = Map.of();
        Instant readAt;
        boolean failing;
        CompletableFuture<Void> reading;
        long deadline;

        Entry(MetricSource source) {
            this.source = source;
        }

        boolean freshAt(Instant now, Duration fresh) {
            return readAt != null && now.isBefore(readAt.plus(fresh));
        }
    }
}
