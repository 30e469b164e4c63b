package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.leerwerkplek.platform.config.SettingsReader;

/**
 * The settings of the companies part, read through MicroProfile Config (README, "Configuration").
 *
 * @param noContactDays after how many days without a visit an advisor's company shows on its desk
 *                      as without contact ({@code lwp.companies.no-contact-days}, default 180)
 */
public record CompaniesSettings(int noContactDays) {

    public static final String NO_CONTACT_DAYS = "lwp.companies.no-contact-days";

    public static CompaniesSettings from(SettingsReader r) {
        return new CompaniesSettings(r.integer(NO_CONTACT_DAYS, 180, 1, 3650));
    }

    /** Makes the settings injectable, read once per application start. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        CompaniesSettings settings() {
            return SettingsProducer.read(CompaniesSettings::from);
        }
    }
}
