package org.leerwerkplek.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
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
        Config config = ConfigProvider.getConfig(SettingsProducer.class.getClassLoader());
        return PlatformSettings.from(key -> config.getOptionalValue(key, String.class));
    }
}
