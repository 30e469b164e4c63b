package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.leerwerkplek.platform.config.SettingsReader;

/**
 * The settings of the mentor course, read through MicroProfile Config (README, "Configuration").
 *
 * @param dir            the folder of the course modules ({@code lwp.mentor-course.dir}, default {@code mentor-course})
 * @param reminderDays   days after a module's mail that one reminder goes if it was not opened
 *                       ({@code lwp.course.reminder-days}, default 7)
 * @param runInterval    how often the scheduler looks for due modules ({@code lwp.course.run-interval-minutes}, default 60)
 * @param runAsOfAllowed whether an admin may run the scheduler as of a later day, for tests and
 *                       demonstrations only ({@code lwp.course.allow-run-as-of}, default false)
 */
public record CourseSettings(Path dir, int reminderDays, Duration runInterval, boolean runAsOfAllowed) {

    public static final String DIR = "lwp.mentor-course.dir";
    public static final String REMINDER_DAYS = "lwp.course.reminder-days";
    public static final String RUN_INTERVAL = "lwp.course.run-interval-minutes";
    public static final String RUN_AS_OF = "lwp.course.allow-run-as-of";

    public static CourseSettings from(SettingsReader r) {
        return new CourseSettings(r.path(DIR, "mentor-course"),
                r.integer(REMINDER_DAYS, 7, 1, 365),
                Duration.ofMinutes(r.integer(RUN_INTERVAL, 60, 1, 24 * 60)),
                r.bool(RUN_AS_OF, false));
    }

    /** Makes the settings injectable, read once per application start. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        CourseSettings settings() {
            return SettingsProducer.read(CourseSettings::from);
        }
    }
}
