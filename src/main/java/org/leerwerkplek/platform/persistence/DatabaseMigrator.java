package org.leerwerkplek.platform.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest version with the versioned SQL migrations under
 * {@code db/migration}. The same scripts serve Derby and PostgreSQL; the few types that differ
 * are placeholders ({@code ${long_text}}, {@code ${bytes}}, and {@code ${inline_text}}: a text kept in
 * the row, up to {@value #INLINE_TEXT_MAX} characters on Derby, whose CLOB is slow to write and read).
 */
public final class DatabaseMigrator {

    /** The longest {@code ${inline_text}} on Derby (its longest VARCHAR); PostgreSQL's TEXT has no such limit. */
    public static final int INLINE_TEXT_MAX = 32_672;

    /** Flyway's history table (its default name). */
    static final String HISTORY_TABLE = "flyway_schema_history";

    private DatabaseMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) throws SQLException {
        return flyway(dataSource, productName(dataSource)).migrate();
    }

    /**
     * Whether the schema has never been migrated: Flyway's history table is not there yet (a first start on an
     * empty database). Only a hint for what to begin ahead of the migration: a wrong answer costs time, nothing else.
     */
    public static boolean isUnmigrated(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : List.of(HISTORY_TABLE, HISTORY_TABLE.toUpperCase(Locale.ROOT))) {
                try (ResultSet tables = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                    if (tables.next()) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    public static SchemaStatus status(DataSource dataSource) throws SQLException {
        String product = productName(dataSource);
        MigrationInfoService info = flyway(dataSource, product).info();
        List<String> applied = Arrays.stream(info.applied())
                .filter(m -> m.getVersion() != null)
                .map(m -> m.getVersion().getVersion() + " " + m.getDescription())
                .toList();
        MigrationInfo current = info.current();
        return new SchemaStatus(product, current == null || current.getVersion() == null ? ""
                : current.getVersion().getVersion(), applied, info.pending().length);
    }

    private static Flyway flyway(DataSource dataSource, String productName) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders(productName))
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }

    static Map<String, String> placeholders(String productName) {
        boolean postgres = productName.toLowerCase(Locale.ROOT).contains("postgres");
        return Map.of("long_text", postgres ? "TEXT" : "CLOB", "bytes", postgres ? "BYTEA" : "BLOB",
                "inline_text", postgres ? "TEXT" : "VARCHAR(" + INLINE_TEXT_MAX + ")");
    }

    private static String productName(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName();
        }
    }
}
