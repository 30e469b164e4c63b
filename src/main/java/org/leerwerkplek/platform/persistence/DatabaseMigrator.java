package org.leerwerkplek.platform.persistence;

import java.nio.charset.StandardCharsets;
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
 * the row, up to {@value #INLINE_TEXT_MAX} characters on Derby, whose CLOB is slow to write and read;
 * {@code ${inline_bytes}}: bytes kept in the row, up to {@value #INLINE_BYTES_MAX} on Derby, which
 * writes them whole where it writes a VARCHAR's text into its log one byte at a time).
 * {@code ${create_utf8_function}} makes the function {@code lwp_utf8(text)}, the UTF-8 bytes of a text
 * as {@code ${inline_bytes}} (NULL when longer than {@value #INLINE_BYTES_MAX}, on both), for a
 * migration that moves a text into such a column; the migration drops it again. What SQL cannot
 * say (a value read from the data, a step for one database only) is a Java migration in the package
 * {@code db.migration}, found in the same location.
 */
public final class DatabaseMigrator {

    /** The longest {@code ${inline_text}} on Derby (its longest VARCHAR); PostgreSQL's TEXT has no such limit. */
    public static final int INLINE_TEXT_MAX = 32_672;
    /** The most bytes of a {@code ${inline_bytes}} on Derby (its longest VARCHAR FOR BIT DATA); PostgreSQL's BYTEA has no such limit. */
    public static final int INLINE_BYTES_MAX = 32_672;

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

    /** Brings the schema up to version {@code target} only (for tests of a migration over older data). */
    public static MigrateResult migrate(DataSource dataSource, String target) throws SQLException {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .configuration(flyway(dataSource, productName(dataSource)).getConfiguration())
                .target(target)
                .load()
                .migrate();
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
                "inline_text", postgres ? "TEXT" : "VARCHAR(" + INLINE_TEXT_MAX + ")",
                "inline_bytes", postgres ? "BYTEA" : "VARCHAR(" + INLINE_BYTES_MAX + ") FOR BIT DATA",
                "create_utf8_function", postgres
                        ? "CREATE FUNCTION lwp_utf8(t TEXT) RETURNS BYTEA LANGUAGE SQL IMMUTABLE AS 'SELECT CASE WHEN"
                        + " octet_length(convert_to(t, ''UTF8'')) <= " + INLINE_BYTES_MAX + " THEN convert_to(t, ''UTF8'') END'"
                        : "CREATE FUNCTION lwp_utf8(t VARCHAR(" + INLINE_TEXT_MAX + ")) RETURNS VARCHAR(" + INLINE_BYTES_MAX
                        + ") FOR BIT DATA LANGUAGE JAVA PARAMETER STYLE JAVA NO SQL EXTERNAL NAME '"
                        + DatabaseMigrator.class.getName() + ".utf8'");
    }

    /**
     * Derby's {@code lwp_utf8}: the UTF-8 bytes of {@code text}; NULL for NULL and for a text whose
     * bytes do not fit a {@code ${inline_bytes}} column ({@value #INLINE_BYTES_MAX} bytes).
     */
    public static byte[] utf8(String text) {
        if (text == null) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= INLINE_BYTES_MAX ? bytes : null;
    }

    private static String productName(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName();
        }
    }
}
