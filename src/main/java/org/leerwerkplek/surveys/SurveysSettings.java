package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.leerwerkplek.platform.config.SettingsReader;

/**
 * The settings of the surveys part, read through MicroProfile Config (README, "Configuration").
 *
 * @param dir                 the folder of the survey definitions ({@code lwp.surveys.dir}, default {@code surveys})
 * @param publicStartsPerHour responses one client address may start per hour through a public link
 *                            ({@code lwp.surveys.public-starts-per-hour}, default 20)
 */
public record SurveysSettings(Path dir, int publicStartsPerHour) {

    public static final String DIR = "lwp.surveys.dir";
    public static final String PUBLIC_STARTS_PER_HOUR = "lwp.surveys.public-starts-per-hour";

    public static SurveysSettings from(SettingsReader r) {
        return new SurveysSettings(r.path(DIR, "surveys"), r.integer(PUBLIC_STARTS_PER_HOUR, 20, 1, 100_000));
    }

    /** Makes the settings injectable, read once per application start. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        SurveysSettings settings() {
            return SettingsProducer.read(SurveysSettings::from);
        }
    }
}
