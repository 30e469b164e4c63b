package org.leerwerkplek.platform.privacy;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/**
 * The daily retention run at {@code lwp.retention.hour} (default 3): the instance that claims the
 * day ({@link DailyClaims}) runs every rule, so it runs once per day across instances.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionScheduler {

    public static final String HOUR = "lwp.retention.hour";
    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

    @Resource
    TimerService timers;

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PrivacyService privacy;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        int hour = ConfigProvider.getConfig(RetentionScheduler.class.getClassLoader())
                .getOptionalValue(HOUR, Integer.class).filter(h -> h >= 0 && h <= 23).orElse(3);
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(15).second(0),
                new TimerConfig("lwp-retention", false));
        LOG.info(() -> "Retention runs daily at " + hour + ":15.");
    }

    @Timeout
    void onTimer() {
        LocalDate today = LocalDate.now(clock);
        DailyClaims claims = new DailyClaims(dataSource, clock);
        if (!claims.claim(JOB, today)) {
            return;
        }
        try {
            List<PrivacyService.RetentionOutcome> outcomes = privacy.runRetention(Actor.system(JOB));
            claims.finish(JOB, today, outcomes.toString());
            LOG.info(() -> "Retention run: " + outcomes);
        } catch (RuntimeException e) {
            claims.finish(JOB, today, "failed: " + e.getMessage());
            LOG.log(Level.SEVERE, "The retention run failed; it runs again tomorrow, or an admin starts it", e);
        }
    }
}
