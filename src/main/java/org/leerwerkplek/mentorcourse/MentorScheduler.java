package org.leerwerkplek.mentorcourse;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.jobs.OneRunAtATime;

/**
 * The course's timer: every {@code lwp.course.run-interval-minutes} it starts a {@link CourseRun},
 * one at a time on this instance (several instances are kept from sending twice by the database).
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MentorScheduler {

    private static final Logger LOG = Logger.getLogger(MentorScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CourseSettings settings;

    @Inject
    CourseRun course;

    private final OneRunAtATime runs = new OneRunAtATime("Mentor course run", LOG);

    @PostConstruct
    void start() {
        long interval = settings.runInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("lwp-course-scheduler", false));
        LOG.info(() -> "Mentor course scheduler runs every " + settings.runInterval().toMinutes()
                + " min; reminders after " + settings.reminderDays() + " days.");
    }

    @Timeout
    void onTimer() {
        runs.onTimer(course::run);
    }

    /** Runs now, waiting for a run under way to end first (an admin's "run now"); empty when it did not end in time. */
    public Optional<CourseRun.Run> runNow() {
        return runs.now(course::run);
    }

    /**
     * Runs as if it were {@code day} ({@link CourseRun#asOf}); for tests and demonstrations only.
     *
     * @throws DomainException INVALID when not allowed or for a day in the past
     */
    public Optional<CourseRun.Run> runAsOf(LocalDate day) {
        Clock asOf = course.asOf(day);
        return runs.now(() -> course.run(asOf));
    }
}
