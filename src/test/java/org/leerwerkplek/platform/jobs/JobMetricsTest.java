package org.leerwerkplek.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.metrics.GaugeSpec;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/** The background jobs per state at {@code /metrics}, counted over the table every instance writes. */
class JobMetricsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static MigratedDatabase database;

    @BeforeAll
    static void migrate() throws Exception {
        database = new MigratedDatabase("job_metrics");
    }

    @AfterAll
    static void drop() throws Exception {
        database.close();
    }

    private static void job(JobStore store, String id, JobState end) {
        store.insert(new JobRecord(id, "import", "analyst", "a file", JobState.RUNNING, 0, 10, "node-1", NOW, NOW,
                Optional.empty(), Optional.empty(), false));
        if (end != null) {
            store.finish(id, end, "done", null, NOW.plusSeconds(5));
        }
    }

    @Test
    void countsTheJobsOfEveryStateAndZeroForAStateWithout() throws Exception {
        database.execute("DELETE FROM background_job");
        JobStore store = new JobStore(database.dataSource());
        JobMetrics metrics = new JobMetrics(store);
        job(store, "a", null);
        job(store, "b", null);
        job(store, "c", JobState.SUCCEEDED);
        job(store, "d", JobState.FAILED);
        job(store, "e", JobState.SUCCEEDED);
        job(store, "f", JobState.SUCCEEDED);

        Map<GaugeSpec, Long> values = metrics.read();

        assertEquals(4, metrics.gauges().size());
        assertEquals(2L, values.get(JobMetrics.gauge(JobState.RUNNING)));
        assertEquals(3L, values.get(JobMetrics.gauge(JobState.SUCCEEDED)));
        assertEquals(1L, values.get(JobMetrics.gauge(JobState.FAILED)));
        assertEquals(0L, values.get(JobMetrics.gauge(JobState.REFUSED)));
        assertEquals(Map.of("state", "running"), JobMetrics.gauge(JobState.RUNNING).tags());
    }
}
