package org.leerwerkplek.platform.jobs;

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
import java.util.logging.Logger;

/** Every {@link JobRunner#HEARTBEAT}: this instance's jobs are alive, silent instances' jobs failed, old jobs gone. */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobHeartbeat {

    private static final Logger LOG = Logger.getLogger(JobHeartbeat.class.getName());

    @Resource
    TimerService timers;

    @Inject
    BackgroundJobs jobs;

    private final OneRunAtATime runs = new OneRunAtATime("Background jobs' heartbeat", LOG);

    @PostConstruct
    void start() {
        long every = JobRunner.HEARTBEAT.toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("lwp-job-heartbeat", false));
    }

    @Timeout
    void onTimer() {
        runs.onTimer(jobs::heartbeat);
    }
}
