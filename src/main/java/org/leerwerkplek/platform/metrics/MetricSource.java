package org.leerwerkplek.platform.metrics;

import java.util.List;
import java.util.Map;

/**
 * A group of application gauges that one read answers (one or a few count queries): the outbox's
 * backlog, the background jobs by state, a part's due work. Each part that has something an operator
 * watches provides a CDI bean implementing it; {@link ApplicationMetrics} finds them all (the
 * platform names none), registers their gauges at {@code /metrics} and caches each read for a few
 * seconds ({@link GaugeCache}), so a scrape every few seconds per node costs about one read per
 * source per {@link ApplicationMetrics#FRESH}, and a database that is down makes the values
 * {@code NaN} instead of failing the scrape.
 */
public interface MetricSource {

    /** A short lower-case word for the source (e.g. {@code outbox}), the tag of its read failures. */
    String name();

    /** Its gauges: the same list at every call. */
    List<GaugeSpec> gauges();

    /**
     * Reads every gauge of {@link #gauges()} at once. A gauge left out of the answer shows
     * {@code NaN}. May throw (the database cannot be reached): the platform counts and logs that.
     */
    Map<GaugeSpec, ? extends Number> read();
}
