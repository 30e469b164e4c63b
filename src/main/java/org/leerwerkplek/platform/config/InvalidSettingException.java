package org.leerwerkplek.platform.config;

import java.util.Locale;

/** A configuration value that cannot be used; the message names the setting and its variable. */
public class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String key, String value, String expected) {
        super("Setting " + key + " (environment variable " + environmentName(key) + ") is '" + value
                + "' but must be " + expected + ".");
    }

    /** A secret value that must not be repeated in the message: names the setting and what it must be. */
    public InvalidSettingException(String key, String expected) {
        super("Setting " + key + " (environment variable " + environmentName(key) + ") must be " + expected + ".");
    }

    /** The environment variable that MicroProfile Config maps to {@code key}. */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
