package org.leerwerkplek.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Makes the settings injectable; read once per application start. */
@ApplicationScoped
public class SettingsProducer {

    /** One instance per application (a record is final, so no client proxy: {@code @Singleton}). */
    @Produces
    @Singleton
    PlatformSettings settings() {
        return current();
    }

    /** For the few places that run before CDI is ready (the data source). */
    public static PlatformSettings current() {
        Config config = ConfigProvider.getConfig(SettingsProducer.class.getClassLoader());
        return PlatformSettings.from(key -> config.getOptionalValue(key, String.class));
    }
}
