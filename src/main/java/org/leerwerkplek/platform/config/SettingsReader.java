package org.leerwerkplek.platform.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads settings with their defaults and limits, the same way for the platform and for every
 * part: {@code lookup} returns a key's raw value (from MicroProfile Config, see
 * {@link SettingsProducer#read}) or empty when it is not set. A blank value counts as not set; a
 * value that cannot be used fails with an {@link InvalidSettingException} naming the key and its
 * environment variable.
 */
public record SettingsReader(Function<String, Optional<String>> lookup) {

    /** The trimmed value of {@code key}; empty when it is not set or blank. */
    public Optional<String> text(String key) {
        return lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The folder {@code key} names, absolute; {@code fallback} when not set. */
    public Path path(String key, String fallback) {
        return Path.of(text(key).orElse(fallback)).toAbsolutePath().normalize();
    }

    /** The whole number {@code key} gives, from {@code min} to {@code max}; {@code fallback} when not set. */
    public int integer(String key, int fallback, int min, int max) {
        Optional<String> raw = text(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new InvalidSettingException(key, raw.get(), "a whole number from " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key, raw.get(), "a whole number from " + min + " to " + max);
        }
    }

    /** {@code true}/{@code yes}/{@code 1} or {@code false}/{@code no}/{@code 0}; {@code fallback} when not set. */
    public boolean bool(String key, boolean fallback) {
        Optional<String> raw = text(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InvalidSettingException(key, raw.get(), "true or false");
        };
    }
}
