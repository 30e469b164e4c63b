package org.leerwerkplek.platform.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The daily backup at {@code lwp.backup.hour}, and the record of a restore made at this start. */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupScheduler {

    private static final Logger LOG = Logger.getLogger(BackupScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    BackupService backups;

    @PostConstruct
    void start() {
        backups.recordRestore();
        BackupSettings settings = backups.settings();
        if (!backups.isSupported() || !settings.scheduled()) {
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(settings.hour()).minute(0).second(0),
                new TimerConfig("lwp-daily-backup", false));
        LOG.info(() -> "Daily backup at " + settings.hour() + ":00 into " + settings.directory() + ", keeping "
                + settings.keep() + ".");
    }

    @Timeout
    void onTimer() {
        try {
            backups.scheduledBackup();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The daily backup failed; it is tried again tomorrow, or an admin starts one", e);
        }
    }
}
