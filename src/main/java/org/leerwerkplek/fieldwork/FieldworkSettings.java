package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.leerwerkplek.platform.config.SettingsReader;

/**
 * The settings of the fieldwork part, read through MicroProfile Config (README, "Configuration").
 *
 * @param runInterval how often each instance looks for due invitations and reminders
 *                    ({@code lwp.fieldwork.run-interval-seconds}, default 300)
 */
public record FieldworkSettings(Duration runInterval) {

    public static final String RUN_INTERVAL = "lwp.fieldwork.run-interval-seconds";

    public static FieldworkSettings from(SettingsReader r) {
        return new FieldworkSettings(Duration.ofSeconds(r.integer(RUN_INTERVAL, 300, 10, 86_400)));
    }

    /** Makes the settings injectable, read once per application start. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        FieldworkSettings settings() {
            return SettingsProducer.read(FieldworkSettings::from);
        }
    }
}
