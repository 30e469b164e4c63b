package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.metrics.GaugeSpec;
import org.leerwerkplek.platform.testing.MutableClock;

/** The outbox's backlog as {@code /metrics} shows it, on the migrated database: what waits, what is due, what gave up. */
class OutboxMetricsTest {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static OutboxDatabase database;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private OutboxStore store;
    private OutboxMetrics metrics;

    @BeforeAll
    static void migrate() throws Exception {
        database = new OutboxDatabase();
    }

    @AfterAll
    static void drop() throws Exception {
        database.close();
    }

    @BeforeEach
    void empty() throws Exception {
        database.clear();
        store = new OutboxStore(database.dataSource(), clock);
        metrics = new OutboxMetrics(store, clock);
    }

    private long queue(String key) {
        store.insert(OutboxMails.newMail(key, key + "@example.org"));
        return store.dueIds(100).stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    @Test
    void anEmptyOutboxHasNoBacklog() {
        Map<GaugeSpec, Number> values = metrics.read();

        assertEquals(metrics.gauges().size(), values.size(), "every gauge has a value");
        values.values().forEach(value -> assertEquals(0L, value.longValue()));
    }

    @Test
    void countsWhatWaitsWhatIsDueWhatGaveUpAndHowLongTheOldestWaits() {
        long first = queue("first");
        clock.advance(Duration.ofMinutes(10));
        long retried = queue("retried");
        assertTrue(store.claim(retried, "node-1", LEASE));
        assertTrue(store.recordRetry(retried, "node-1", "421 try later", clock.instant().plus(Duration.ofHours(1))));
        long failed = queue("failed");
        assertTrue(store.claim(failed, "node-1", LEASE));
        assertTrue(store.recordGivenUp(failed, "node-1", OutboxStatus.FAILED, "550 no"));
        long bounced = queue("bounced");
        assertTrue(store.claim(bounced, "node-1", LEASE));
        assertTrue(store.recordGivenUp(bounced, "node-1", OutboxStatus.BOUNCED, "550 unknown user"));
        long sent = queue("sent");
        assertTrue(store.deliverLocally(sent, "node-1"));
        clock.advance(Duration.ofSeconds(90));

        Map<GaugeSpec, Number> values = metrics.read();

        assertEquals(2L, values.get(OutboxMetrics.QUEUED), "the first and the one waiting for its retry");
        assertEquals(1L, values.get(OutboxMetrics.DUE), "only the first: the retry's hour has not come");
        assertEquals(1L, values.get(OutboxMetrics.FAILED));
        assertEquals(1L, values.get(OutboxMetrics.BOUNCED));
        assertEquals(Duration.ofMinutes(11).plusSeconds(30).toSeconds(), values.get(OutboxMetrics.OLDEST),
                "mail " + first + " was queued 11.5 minutes ago");
    }

    @Test
    void theOldestAgeFollowsTheOldestMailStillWaiting() {
        long first = queue("first");
        clock.advance(Duration.ofMinutes(3));
        queue("second");
        clock.advance(Duration.ofMinutes(2));
        assertEquals(300L, metrics.read().get(OutboxMetrics.OLDEST));

        assertTrue(store.deliverLocally(first, "node-1"));

        assertEquals(120L, metrics.read().get(OutboxMetrics.OLDEST));
    }
}
