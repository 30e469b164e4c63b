package org.leerwerkplek.platform.privacy;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.leerwerkplek.platform.config.InvalidSettingException;

/**
 * What names a retention rule and its period: its key (in the trail and on the privacy page), its
 * setting (read through MicroProfile Config) and the setting's documented default, in months
 * (1 to 1200) or in days (1 to 36500).
 *
 * @param key           the rule's key, {@code <part>.<what>}
 * @param setting       the MicroProfile Config property of its period, {@code lwp.retention.<what>-months} or {@code -days}
 * @param defaultPeriod the period without the setting: whole months or whole days
 */
public record RetentionSetting(String key, String setting, Period defaultPeriod) {

    public RetentionSetting {
        Objects.requireNonNull(key);
        Objects.requireNonNull(setting);
        if (defaultPeriod.getYears() != 0 || (defaultPeriod.getMonths() > 0) == (defaultPeriod.getDays() > 0)) {
            throw new IllegalArgumentException("A retention period is whole months or whole days: " + defaultPeriod);
        }
    }

    /** A period the setting gives in months. */
    public static RetentionSetting months(String key, String setting, int defaultMonths) {
        return new RetentionSetting(key, setting, Period.ofMonths(defaultMonths));
    }

    /** A period the setting gives in days. */
    public static RetentionSetting days(String key, String setting, int defaultDays) {
        return new RetentionSetting(key, setting, Period.ofDays(defaultDays));
    }

    /** The period the setting gives now, in the unit of its default; a bad value fails naming the setting. */
    public Period read() {
        return read(ConfigProvider.getConfig(RetentionSetting.class.getClassLoader()).getOptionalValue(setting, String.class));
    }

    /** The period {@code value} of the setting gives (its default when empty or blank). */
    Period read(Optional<String> value) {
        Optional<String> given = value.map(String::trim).filter(v -> !v.isEmpty());
        if (given.isEmpty()) {
            return defaultPeriod;
        }
        boolean months = defaultPeriod.getMonths() > 0;
        int max = months ? 1200 : 36_500;
        try {
            int amount = Integer.parseInt(given.get());
            if (amount >= 1 && amount <= max) {
                return months ? Period.ofMonths(amount) : Period.ofDays(amount);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(setting, given.get(), "a number of " + (months ? "months" : "days") + " from 1 to " + max);
    }
}
