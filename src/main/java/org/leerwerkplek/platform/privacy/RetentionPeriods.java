package org.leerwerkplek.platform.privacy;

import java.time.Period;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.leerwerkplek.platform.config.InvalidSettingException;

/** Reads a retention period in months through MicroProfile Config, with its documented default. */
public final class RetentionPeriods {

    private RetentionPeriods() {
    }

    /** The period {@code setting} gives in months (1 to 1200), or {@code defaultMonths}. */
    public static Period months(String setting, int defaultMonths) {
        Config config = ConfigProvider.getConfig(RetentionPeriods.class.getClassLoader());
        Optional<String> value = config.getOptionalValue(setting, String.class).map(String::trim).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return Period.ofMonths(defaultMonths);
        }
        try {
            int months = Integer.parseInt(value.get());
            if (months >= 1 && months <= 1200) {
                return Period.ofMonths(months);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(setting, value.get(), "a number of months from 1 to 1200");
    }

    /** The period {@code setting} gives in days (1 to 36500), or {@code defaultDays}. */
    public static Period days(String setting, int defaultDays) {
        Config config = ConfigProvider.getConfig(RetentionPeriods.class.getClassLoader());
        Optional<String> value = config.getOptionalValue(setting, String.class).map(String::trim).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return Period.ofDays(defaultDays);
        }
        try {
            int days = Integer.parseInt(value.get());
            if (days >= 1 && days <= 36_500) {
                return Period.ofDays(days);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(setting, value.get(), "a number of days from 1 to 36500");
    }
}
