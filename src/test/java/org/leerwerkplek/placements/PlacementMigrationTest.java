package org.leerwerkplek.placements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * Migration V27 moves the company's single phase into placements, on in-memory Derby (and on
 * PostgreSQL with {@code -Dlwp.test.postgresql.url=...}, {@code .user}, {@code .password}, in a schema
 * of its own): the database is brought to V25 with companies at their phases, then to V27.
 */
class PlacementMigrationTest {

    @Test
    void eachCompanysPhaseBeyondTheDefaultBecomesAPlacementWithAHistoryEntryAndTheColumnGoes() throws SQLException {
        DataSource database = MigratedDatabase.unmigrated("placements");
        migrate(database, "25");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO company (enterprise_number, name, search_name, province, subsector_codes, recognised,"
                    + " phase, created_at, updated_at, row_version) VALUES"
                    + " ('0403170701', 'Aerts', 'aerts', 'LIMBURG', '', FALSE, 'PRAKTIJKLEREN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3),"
                    + " ('1234567894', 'Bosmans', 'bosmans', 'LUIK', '', FALSE, 'WERVING_WERKGEVER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        }

        migrate(database, "27");

        assertEquals(List.of("Aerts|PRAKTIJKLEREN|null|0"), rows(database,
                "SELECT c.name, p.phase, p.candidate_name, p.row_version FROM placement p JOIN company c ON c.id = p.company_id"
                        + " ORDER BY c.name"), "one placement per company moved on from the first phase (the default), at its phase, without a candidate");
        assertEquals(List.of("Aerts|null|PRAKTIJKLEREN|V27|false"), rows(database,
                "SELECT c.name, m.from_phase, m.to_phase, m.moved_by, m.step_back FROM placement_move m"
                        + " JOIN placement p ON p.id = m.placement_id JOIN company c ON c.id = p.company_id ORDER BY c.name"),
                "one history entry each, saying it came from the company's phase");
        try (Connection c = database.getConnection();
             ResultSet columns = c.getMetaData().getColumns(null, null, "%", "%")) {
            List<String> phaseColumns = new ArrayList<>();
            while (columns.next()) {
                if (columns.getString("TABLE_NAME").equalsIgnoreCase("company")
                        && columns.getString("COLUMN_NAME").equalsIgnoreCase("phase")) {
                    phaseColumns.add(columns.getString("TABLE_SCHEM"));
                }
            }
            assertFalse(phaseColumns.stream().anyMatch(schema -> schema != null
                    && schema.equalsIgnoreCase(currentSchema(c))), "the phase lives in one place: company.phase is gone");
        }
    }

    private static String currentSchema(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rows(DataSource database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    private static void migrate(DataSource database, String target) throws SQLException {
        String product;
        try (Connection c = database.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        Flyway.configure(PlacementMigrationTest.class.getClassLoader())
                .dataSource(database)
                .locations("classpath:db/migration")
                .placeholders(postgres(product) ? Map.of("long_text", "TEXT", "bytes", "BYTEA")
                        : Map.of("long_text", "CLOB", "bytes", "BLOB"))
                .target(target)
                .load()
                .migrate();
    }

    private static boolean postgres(String product) {
        return product.toLowerCase(Locale.ROOT).contains("postgres");
    }
}
