package org.leerwerkplek.platform.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.leerwerkplek.platform.metrics.GaugeSpec;
import org.leerwerkplek.platform.metrics.MetricSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/**
 * The background jobs (imports, reports) per state at {@code /metrics}, over every instance: one
 * query per read ({@link JobStore#countByState()}). Finished jobs are removed an hour after they end,
 * so the finished states count the last hour or so.
 */
@ApplicationScoped
public class JobMetrics implements MetricSource {

    static final String NAME = "lwp.jobs";

    private static final Map<JobState, GaugeSpec> GAUGES = new EnumMap<>(JobState.class);

    static {
        for (JobState state : JobState.values()) {
            GAUGES.put(state, GaugeSpec.count(NAME, "Background jobs (imports, reports) of every instance per state "
                    + "(running, succeeded, refused, failed); finished ones count for about an hour after they end",
                    "state", state.name().toLowerCase(Locale.ROOT)));
        }
    }

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    private JobStore store;

    /** For CDI. */
    public JobMetrics() {
    }

    /** For tests. */
    JobMetrics(JobStore store) {
        this.store = store;
    }

    @PostConstruct
    void init() {
        store = new JobStore(dataSource);
    }

    static GaugeSpec gauge(JobState state) {
        return GAUGES.get(state);
    }

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public List<GaugeSpec> gauges() {
        return List.copyOf(GAUGES.values());
    }

    @Override
    public Map<GaugeSpec, Long> read() {
        Map<GaugeSpec, Long> values = new HashMap<>();
        store.countByState().forEach((state, count) -> values.put(GAUGES.get(state), count));
        return values;
    }
}
