package org.leerwerkplek.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MutableClock;

/**
 * The gauges' cache: one read per source per fresh period however many gauges and scrapes ask, a
 * failed read as NaN and a counted failure instead of a failed scrape, and a read that hangs costing
 * a scrape the wait at most.
 */
class GaugeCacheTest {

    private static final Duration FRESH = Duration.ofSeconds(10);
    private static final GaugeSpec QUEUED = GaugeSpec.count("lwp.test.queued", "queued");
    private static final GaugeSpec AGE = GaugeSpec.seconds("lwp.test.age", "age");
    private static final GaugeSpec LEFT_OUT = GaugeSpec.count("lwp.test.left_out", "not in the answer");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A source whose reads are counted and answered by {@code answer}. */
    private static final class Source implements MetricSource {
        final AtomicInteger reads = new AtomicInteger();
        volatile Supplier<Map<GaugeSpec, Number>> answer;
        private final String name;

        Source(String name, Supplier<Map<GaugeSpec, Number>> answer) {
            this.name = name;
            this.answer = answer;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<GaugeSpec> gauges() {
            return List.of(QUEUED, AGE, LEFT_OUT);
        }

        @Override
        public Map<GaugeSpec, Number> read() {
            reads.incrementAndGet();
            return answer.get();
        }
    }

    private GaugeCache cache(Duration wait, MetricSource... sources) {
        return new GaugeCache(List.of(sources), executor, clock, FRESH, wait, source -> failures.add(source.name()));
    }

    private static Map<GaugeSpec, Number> values(long queued, long age) {
        Map<GaugeSpec, Number> values = new HashMap<>();
        values.put(QUEUED, queued);
        values.put(AGE, age);
        return values;
    }

    @Test
    void oneReadServesEveryGaugeOfTheSourceUntilItAges() {
        AtomicInteger queued = new AtomicInteger(3);
        Source source = new Source("outbox", () -> values(queued.get(), 40));
        GaugeCache cache = cache(Duration.ofSeconds(5), source);

        assertEquals(3.0, cache.value(source, QUEUED));
        assertEquals(40.0, cache.value(source, AGE));
        queued.set(7);
        clock.advance(FRESH.minusSeconds(1));
        assertEquals(3.0, cache.value(source, QUEUED), "still the first read's value");
        assertEquals(1, source.reads.get());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(7.0, cache.value(source, QUEUED));
        assertEquals(40.0, cache.value(source, AGE));
        assertEquals(2, source.reads.get());
    }

    @Test
    void aGaugeTheSourceLeavesOutIsNaN() {
        Source source = new Source("jobs", () -> values(1, 2));

        assertTrue(Double.isNaN(cache(Duration.ofSeconds(5), source).value(source, LEFT_OUT)));
    }

    @Test
    void aFailedReadShowsNaNCountsTheFailureAndSparesTheOtherSources() {
        Source down = new Source("outbox", () -> {
            throw new IllegalStateException("Cannot connect to the database");
        });
        Source up = new Source("jobs", () -> values(5, 6));
        GaugeCache cache = cache(Duration.ofSeconds(5), down, up);

        assertTrue(Double.isNaN(cache.value(down, QUEUED)));
        assertTrue(Double.isNaN(cache.value(down, AGE)));
        assertEquals(5.0, cache.value(up, QUEUED));
        assertEquals(List.of("outbox"), failures, "one failed read, counted once");
        assertEquals(1, down.reads.get(), "a database that is down is asked once per fresh period, not per gauge");

        down.answer = () -> values(2, 9);
        clock.advance(FRESH);
        assertEquals(2.0, cache.value(down, QUEUED), "back as soon as a read succeeds");
        assertEquals(List.of("outbox"), failures);
    }

    @Test
    void aReadThatHangsCostsAScrapeTheWaitOnceAndLeavesThePreviousValues() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger queued = new AtomicInteger(4);
        Source source = new Source("course", () -> {
            if (queued.get() > 4) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return values(queued.get(), 1);
        });
        GaugeCache cache = cache(Duration.ofMillis(300), source);
        assertEquals(4.0, cache.value(source, QUEUED));
        queued.set(8);
        clock.advance(FRESH);

        long start = System.nanoTime();
        double first = cache.value(source, QUEUED);
        double second = cache.value(source, AGE);
        double third = cache.value(source, QUEUED);
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(4.0, first, "the previous value while the read hangs");
        assertEquals(1.0, second);
        assertEquals(4.0, third);
        assertTrue(took >= 250 && took < 2000, "the gauges of one scrape share one wait of 300 ms: " + took + " ms");
        assertEquals(2, source.reads.get(), "no second read while one is under way");

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (cache.value(source, QUEUED) != 8.0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(8.0, cache.value(source, QUEUED), "the late read's values once it ends");
        assertEquals(2, source.reads.get(), "its values are fresh: no further read");
    }

    @Test
    void aSourceThatIsNotItsOwnIsRefused() {
        Source known = new Source("outbox", () -> values(1, 1));
        Source other = new Source("other", () -> values(1, 1));

        assertThrows(IllegalArgumentException.class, () -> cache(Duration.ofSeconds(1), known).value(other, QUEUED));
    }
}
