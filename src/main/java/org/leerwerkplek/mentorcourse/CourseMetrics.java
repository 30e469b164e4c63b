package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.metrics.GaugeSpec;
import org.leerwerkplek.platform.metrics.MetricSource;

/**
 * The mentor course's backlog at {@code /metrics}: the confirmed mentors whose next module,
 * reminder or digest is due by today (in the course's zone) and that the next run
 * ({@link CourseRun}) would deliver to; one count query per read.
 */
@ApplicationScoped
public class CourseMetrics implements MetricSource {

    static final GaugeSpec DUE = GaugeSpec.count("lwp.course.deliveries.due",
            "Mentors with a course module, reminder or digest due by today and not yet delivered");

    private MentorDeliveries deliveries;
    private Clock clock;

    /** For the CDI proxy only. */
    protected CourseMetrics() {
    }

    @Inject
    public CourseMetrics(MentorDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "course";
    }

    @Override
    public List<GaugeSpec> gauges() {
        return List.of(DUE);
    }

    @Override
    public Map<GaugeSpec, Long> read() {
        return Map.of(DUE, deliveries.countDue(LocalDate.now(clock)));
    }
}
