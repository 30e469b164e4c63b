package org.leerwerkplek.fieldwork;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.leerwerkplek.platform.jobs.OneRunAtATime;

/**
 * Runs the fieldwork schedule every {@code lwp.fieldwork.run-interval-seconds} on every instance.
 * The timer is created at each start and keeps no state: what is due is found in the database,
 * and the outbox's dedup keys make two instances' runs send each mail once.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FieldworkScheduler {

    private static final Logger LOG = Logger.getLogger(FieldworkScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    FieldworkSettings settings;

    @Inject
    FieldworkRun fieldwork;

    private final OneRunAtATime runs = new OneRunAtATime("Fieldwork run", LOG);

    @PostConstruct
    void start() {
        long interval = settings.runInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("lwp-fieldwork", false));
    }

    @Timeout
    void onTimer() {
        runs.onTimer(fieldwork::runDue);
    }

    /** Runs now, after a run under way (an admin's "send due now"); empty when that did not end in time. */
    public Optional<FieldworkRun.RunReport> runNow() {
        return runs.now(fieldwork::runDue);
    }
}
