package org.leerwerkplek.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.leerwerkplek.platform.StartupFailure;

/**
 * Makes the settings injectable; read once per application start. A setting that cannot be used
 * stops the start with one line naming it (also when the data source reads the settings first).
 */
@ApplicationScoped
public class SettingsProducer {

    /** One instance per application (a record is final, so no client proxy: {@code @Singleton}). */
    @Produces
    @Singleton
    PlatformSettings settings() {
        try {
            return current();
        } catch (InvalidSettingException e) {
            StartupFailure.exit(e.getMessage());
            throw e;
        }
    }

    /** For the few places that run before CDI is ready (the data source). */
    public static PlatformSettings current() {
        return PlatformSettings.from(lookup());
    }

    /**
     * A part's settings, read through MicroProfile Config with {@code reading} (e.g.
     * {@code SurveysSettings::from}), for the part's producer: a setting that cannot be used stops
     * the start with one line naming it, as the platform's do.
     */
    public static <T> T read(Function<SettingsReader, T> reading) {
        try {
            return reading.apply(new SettingsReader(lookup()));
        } catch (InvalidSettingException e) {
            StartupFailure.exit(e.getMessage());
            throw e;
        }
    }

    private static Function<String, Optional<String>> lookup() {
        Config config = ConfigProvider.getConfig(SettingsProducer.class.getClassLoader());
        return key -> config.getOptionalValue(key, String.class);
    }
}
