package org.leerwerkplek.platform.metrics;

import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The application's metrics in MicroProfile Metrics' application registry, served by Payara at
 * {@code /metrics} (scope {@code application}) next to its own JVM and server metrics:
 * <ul>
 * <li>{@value #REQUESTS}: a timer of the requests per {@link RequestKind} (tag {@code kind});
 *     {@value #ERRORS}: the requests per kind that ended in a server error (5xx or an exception);</li>
 * <li>the gauges of every {@link MetricSource} bean (the outbox, the background jobs, each part's
 *     due work), read through a {@link GaugeCache} that reads each source at most once per
 *     {@link #FRESH} and waits at most {@link #WAIT} for it;</li>
 * <li>{@value #READ_FAILURES}: the reads of a source (tag {@code source}) that failed, e.g. while the
 *     database is down.</li>
 * </ul>
 * None of them carries an id, a name, an address or a token.
 */
@ApplicationScoped
public class ApplicationMetrics {

    public static final String REQUESTS = "lwp.http.requests";
    public static final String ERRORS = "lwp.http.errors";
    public static final String READ_FAILURES = "lwp.metrics.read.failures";
    /** How long one read of a source serves the scrapes. */
    public static final Duration FRESH = Duration.ofSeconds(10);
    /** How long a scrape waits for a read under way before it answers the previous values. */
    public static final Duration WAIT = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Inject
    @Any
    Instance<MetricSource> sources;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Clock clock;

    private final Map<RequestKind, Timer> requests = new EnumMap<>(RequestKind.class);
    private final Map<RequestKind, Counter> errors = new EnumMap<>(RequestKind.class);
    private ExecutorService reads;

    /** Registers everything when the application starts, so the names are at {@code /metrics} before the first request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (RequestKind kind : RequestKind.values()) {
            Tag tag = new Tag("kind", kind.tag());
            requests.put(kind, registry.timer(Metadata.builder().withName(REQUESTS)
                    .withDescription("Requests to the application and the time to answer them, per kind: page (signed in), "
                            + "public (without an account: questionnaires, personal links, public forms, sign-in), api, static")
                    .withUnit(MetricUnits.SECONDS).build(), tag));
            errors.put(kind, registry.counter(Metadata.builder().withName(ERRORS)
                    .withDescription("Requests to the application that ended in a server error (5xx), per kind").build(), tag));
        }
        List<MetricSource> all = new ArrayList<>();
        sources.forEach(all::add);
        all.sort(Comparator.comparing(MetricSource::name));
        Metadata failures = Metadata.builder().withName(READ_FAILURES)
                .withDescription("Reads of an application gauge's source that failed (e.g. the database was unreachable); "
                        + "its gauges show NaN until a read succeeds").build();
        Map<MetricSource, Counter> failed = new IdentityHashMap<>();
        for (MetricSource source : all) {
            failed.put(source, registry.counter(failures, new Tag("source", source.name())));
        }
        // Threads of its own, one per source (a source reads once at a time), so a read never waits behind the
        // application's long work and a read that hangs holds only its own thread. They are started now, in the
        // application's context: a scrape may come in on a thread of the server's (when the application is not
        // at /, Payara serves /metrics from its default web module), and a thread made there could not run a read.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(Math.max(1, all.size()), Math.max(1, all.size()), 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
        pool.prestartAllCoreThreads();
        reads = pool;
        GaugeCache cache = new GaugeCache(all, reads, clock, FRESH, WAIT, source -> failed.get(source).inc());
        for (MetricSource source : all) {
            for (GaugeSpec gauge : source.gauges()) {
                registry.gauge(Metadata.builder().withName(gauge.name()).withDescription(gauge.description())
                                .withUnit(gauge.unit() == GaugeSpec.Unit.SECONDS ? MetricUnits.SECONDS : MetricUnits.NONE).build(),
                        () -> cache.value(source, gauge), tags(gauge));
            }
        }
        LOG.info(() -> "Metrics at /metrics: requests per kind and the gauges of " + all.stream().map(MetricSource::name).toList());
    }

    @PreDestroy
    void stop() {
        if (reads != null) {
            reads.shutdownNow();
        }
    }

    /** Notes one request of {@code kind} that took {@code nanos}. */
    public void request(RequestKind kind, long nanos, boolean failed) {
        Timer timer = requests.get(kind);
        if (timer == null) {
            return;
        }
        timer.update(Duration.ofNanos(nanos));
        if (failed) {
            errors.get(kind).inc();
        }
    }

    private static Tag[] tags(GaugeSpec gauge) {
        return gauge.tags().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Tag(e.getKey(), e.getValue())).toArray(Tag[]::new);
    }
}
