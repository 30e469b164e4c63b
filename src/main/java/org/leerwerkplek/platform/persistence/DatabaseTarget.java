package org.leerwerkplek.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.PlatformSettings;

/**
 * Which database the settings point at: embedded Derby (the default, in the data folder, or an
 * explicit {@code jdbc:derby:} URL) or PostgreSQL ({@code jdbc:postgresql:} URL).
 *
 * @param kind         the database product
 * @param url          the JDBC URL as configured, or the derived Derby URL
 * @param derbyName    Derby's database name (a path or {@code memory:name}); empty for PostgreSQL
 * @param user         user name, if any
 * @param password     password, if any
 */
public record DatabaseTarget(Kind kind, String url, Optional<String> derbyName, Optional<String> user,
                             Optional<String> password) {

    public enum Kind { DERBY, POSTGRESQL }

    public static DatabaseTarget of(PlatformSettings settings) {
        Optional<String> url = settings.databaseUrl();
        if (url.isEmpty()) {
            Path dir = settings.derbyDirectory();
            return new DatabaseTarget(Kind.DERBY, "jdbc:derby:" + dir, Optional.of(dir.toString()),
                    settings.databaseUser(), settings.databasePassword());
        }
        String value = url.get();
        if (value.startsWith("jdbc:derby:")) {
            String rest = value.substring("jdbc:derby:".length());
            int attributes = rest.indexOf(';');
            String name = attributes < 0 ? rest : rest.substring(0, attributes);
            if (name.isBlank()) {
                throw new InvalidSettingException(PlatformSettings.DB_URL, value, "a Derby URL with a database name");
            }
            return new DatabaseTarget(Kind.DERBY, value, Optional.of(name), settings.databaseUser(),
                    settings.databasePassword());
        }
        if (value.startsWith("jdbc:postgresql:")) {
            return new DatabaseTarget(Kind.POSTGRESQL, value, Optional.empty(), settings.databaseUser(),
                    settings.databasePassword());
        }
        throw new InvalidSettingException(PlatformSettings.DB_URL, value,
                "empty (embedded Derby in the data folder), a jdbc:derby: URL or a jdbc:postgresql: URL");
    }

    /** The URL without a password that may sit in its parameters, for messages and logs. */
    public String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
