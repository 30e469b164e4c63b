package org.leerwerkplek.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.leerwerkplek.platform.metrics.GaugeSpec;
import org.leerwerkplek.platform.metrics.MetricSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/** The outbox's backlog at {@code /metrics}: one query per read ({@link OutboxStore#backlog()}). */
@ApplicationScoped
public class OutboxMetrics implements MetricSource {

    static final GaugeSpec QUEUED = GaugeSpec.count("lwp.outbox.queued",
            "Mails waiting in the outbox to be sent, including those waiting for a retry");
    static final GaugeSpec DUE = GaugeSpec.count("lwp.outbox.due",
            "Mails in the outbox whose (next) attempt has come: the sender's work right now");
    static final GaugeSpec FAILED = GaugeSpec.count("lwp.outbox.failed",
            "Mails given up after every attempt failed (kept until retention removes them)");
    static final GaugeSpec BOUNCED = GaugeSpec.count("lwp.outbox.bounced",
            "Mails the recipient's mail server refused (kept until retention removes them)");
    static final GaugeSpec OLDEST = GaugeSpec.seconds("lwp.outbox.oldest.queued.age",
            "How long the oldest mail waiting in the outbox has waited since it was queued; 0 when none waits");

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    private OutboxStore store;

    /** For CDI. */
    public OutboxMetrics() {
    }

    /** For tests: the store and the clock it reads with. */
    OutboxMetrics(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        store = new OutboxStore(dataSource, clock);
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public List<GaugeSpec> gauges() {
        return List.of(QUEUED, DUE, FAILED, BOUNCED, OLDEST);
    }

    @Override
    public Map<GaugeSpec, Number> read() {
        OutboxBacklog backlog = store.backlog();
        return Map.of(QUEUED, backlog.queued(), DUE, backlog.due(), FAILED, backlog.failed(), BOUNCED, backlog.bounced(),
                OLDEST, backlog.oldestQueuedAge(clock.instant()).toSeconds());
    }
}
