package org.leerwerkplek.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.PlatformSettings;

class DatabaseTargetTest {

    private static DatabaseTarget target(Map<String, String> values) {
        return DatabaseTarget.of(PlatformSettings.from(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void noUrlMeansDerbyInsideTheDataFolder() {
        DatabaseTarget target = target(Map.of(PlatformSettings.DATA_DIR, "/var/lib/lwp"));
        assertEquals(DatabaseTarget.Kind.DERBY, target.kind());
        assertEquals(Optional.of(Path.of("/var/lib/lwp/derby").toString()), target.derbyName());
    }

    @Test
    void derbyUrlKeepsItsDatabaseNameWithoutAttributes() {
        DatabaseTarget target = target(Map.of(PlatformSettings.DB_URL, "jdbc:derby:memory:lwp-it;create=true"));
        assertEquals(DatabaseTarget.Kind.DERBY, target.kind());
        assertEquals(Optional.of("memory:lwp-it"), target.derbyName());
    }

    @Test
    void postgresqlUrlIsUsedAsGiven() {
        DatabaseTarget target = target(Map.of(PlatformSettings.DB_URL, "jdbc:postgresql://localhost:5432/lwp",
                PlatformSettings.DB_USER, "lwp"));
        assertEquals(DatabaseTarget.Kind.POSTGRESQL, target.kind());
        assertEquals(Optional.of("lwp"), target.user());
    }

    @Test
    void anotherDatabaseIsRefusedWithTheSettingName() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> target(Map.of(PlatformSettings.DB_URL, "jdbc:mysql://localhost/lwp")));
        assertTrue(e.getMessage().contains("LWP_DB_URL"), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> target(Map.of(PlatformSettings.DB_URL, "jdbc:derby:;create=true")));
    }

    @Test
    void safeUrlHidesAPasswordParameter() {
        DatabaseTarget target = target(Map.of(PlatformSettings.DB_URL, "jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"));
        assertEquals("jdbc:postgresql://h/db?user=a&password=***&ssl=true", target.safeUrl());
    }

    @Test
    void longTextPlaceholderDiffersPerProduct() {
        assertEquals("TEXT", DatabaseMigrator.placeholders("PostgreSQL").get("long_text"));
        assertEquals("CLOB", DatabaseMigrator.placeholders("Apache Derby").get("long_text"));
        assertEquals("BYTEA", DatabaseMigrator.placeholders("PostgreSQL").get("bytes"));
        assertEquals("BLOB", DatabaseMigrator.placeholders("Apache Derby").get("bytes"));
        assertEquals("TEXT", DatabaseMigrator.placeholders("PostgreSQL").get("inline_text"));
        assertEquals("VARCHAR(32672)", DatabaseMigrator.placeholders("Apache Derby").get("inline_text"));
    }
}
