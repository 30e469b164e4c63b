package org.leerwerkplek.platform.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.leerwerkplek.platform.config.InvalidSettingException;

/**
 * Backups of the embedded Derby database, read through MicroProfile Config.
 *
 * @param directory   where backups go ({@code lwp.backup.dir}, default {@code <data folder>/backups})
 * @param hour        the hour of the day (server time) of the daily backup ({@code lwp.backup.hour}, 0–23, default 2)
 * @param keep        how many backups are kept; older ones are removed ({@code lwp.backup.keep}, default 7)
 * @param scheduled   whether the daily backup runs ({@code lwp.backup.scheduled}, default true)
 * @param restoreFrom a backup to start from ({@code lwp.restore-from}): restored into an empty data
 *                    folder before the first connection, see {@link DerbyRestore}
 */
public record BackupSettings(Path directory, int hour, int keep, boolean scheduled, Optional<Path> restoreFrom) {

    public static final String DIR = "lwp.backup.dir";
    public static final String HOUR = "lwp.backup.hour";
    public static final String KEEP = "lwp.backup.keep";
    public static final String SCHEDULED = "lwp.backup.scheduled";
    public static final String RESTORE_FROM = "lwp.restore-from";

    public static BackupSettings from(Function<String, Optional<String>> lookup, Path dataDir) {
        Function<String, Optional<String>> text = key -> lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        return new BackupSettings(
                text.apply(DIR).map(Path::of).orElse(dataDir.resolve("backups")),
                integer(text, HOUR, 2, 0, 23),
                integer(text, KEEP, 7, 1, 1000),
                text.apply(SCHEDULED).map(v -> {
                    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                        throw new InvalidSettingException(SCHEDULED, v, "true or false");
                    }
                    return Boolean.parseBoolean(v);
                }).orElse(true),
                text.apply(RESTORE_FROM).map(Path::of));
    }

    private static int integer(Function<String, Optional<String>> text, String key, int fallback, int min, int max) {
        Optional<String> value = text.apply(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(key, value.get(), "a whole number from " + min + " to " + max);
    }
}
