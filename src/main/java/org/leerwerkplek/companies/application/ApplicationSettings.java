package org.leerwerkplek.companies.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.leerwerkplek.platform.config.SettingsReader;

/**
 * The settings of the employers' applications, read through MicroProfile Config (README,
 * "Configuration"). How long an unconfirmed application is kept is a retention setting
 * ({@link UnconfirmedApplicationRetention#SETTING}).
 *
 * @param perAddressPerDay how many applications one client address may send in 24 hours
 *                         ({@code lwp.application.per-address-per-day}, default 5)
 * @param perNumberDays    days in which a second application for the same enterprise number is refused
 *                         ({@code lwp.application.per-number-days}, default 30)
 * @param confirmValid     how long the confirmation link works ({@code lwp.application.confirm-hours}, default 48)
 */
public record ApplicationSettings(int perAddressPerDay, int perNumberDays, Duration confirmValid) {

    public static final String PER_ADDRESS = "lwp.application.per-address-per-day";
    public static final String PER_NUMBER_DAYS = "lwp.application.per-number-days";
    public static final String CONFIRM_HOURS = "lwp.application.confirm-hours";

    public static ApplicationSettings from(SettingsReader r) {
        return new ApplicationSettings(r.integer(PER_ADDRESS, 5, 1, 10_000),
                r.integer(PER_NUMBER_DAYS, 30, 1, 365),
                Duration.ofHours(r.integer(CONFIRM_HOURS, 48, 1, 24 * 30)));
    }

    /** Makes the settings injectable, read once per application start. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        ApplicationSettings settings() {
            return SettingsProducer.read(ApplicationSettings::from);
        }
    }
}
