package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.persistence.DatabaseMigrator;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * Migration V45 repeats each company's size class and suitability in its company_subsector rows,
 * and {@link CompanySubsectorRows#FOLLOW} keeps them equal after a change, on in-memory Derby (and
 * on PostgreSQL with {@code -Dlwp.test.postgresql.url=...}, {@code .user}, {@code .password}):
 * the database is brought to V42 with companies as they were, then to V45.
 */
class SubsectorFiltersMigrationTest {

    @Test
    void theActivityRowsTakeTheirCompanysSizeClassAndSuitabilityAndFollowAChange() throws SQLException {
        DataSource database = MigratedDatabase.unmigrated("subsectorfilters");
        DatabaseMigrator.migrate(database, "42");
        long small;
        long large;
        try (Connection c = database.getConnection()) {
            small = company(c, "0403170701", "FROM_0_TO_4", null, "RUWBOUW", "DAKWERKEN");
            large = company(c, "1234567894", "FROM_20_TO_49", "GESCHIKT", "SCHRIJNWERK");
            company(c, "0203201340", null, "NOG_NIET_GESCHIKT");
        }

        DatabaseMigrator.migrate(database, "45");

        assertEquals(List.of(small + "|DAKWERKEN|FROM_0_TO_4|null", small + "|RUWBOUW|FROM_0_TO_4|null",
                large + "|SCHRIJNWERK|FROM_20_TO_49|GESCHIKT"), rows(database));

        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE company SET size_class = 'FROM_5_TO_9', suitability = 'GESCHIKT' WHERE id = " + small);
            s.executeUpdate("INSERT INTO company_subsector (company_id, subsector) VALUES (" + small + ", 'INSTALLATIE')");
            try (PreparedStatement follow = c.prepareStatement(CompanySubsectorRows.FOLLOW)) {
                follow.setLong(1, small);
                assertEquals(3, follow.executeUpdate());
            }
        }
        assertEquals(List.of(small + "|DAKWERKEN|FROM_5_TO_9|GESCHIKT", small + "|INSTALLATIE|FROM_5_TO_9|GESCHIKT",
                small + "|RUWBOUW|FROM_5_TO_9|GESCHIKT", large + "|SCHRIJNWERK|FROM_20_TO_49|GESCHIKT"), rows(database),
                "a new activity row and the old ones take the changed company's values; another company's stay");
    }

    private static long company(Connection c, String number, String size, String suitability, String... subsectors)
            throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO company (enterprise_number, name, search_name,"
                + " province, subsector_codes, size_class, suitability, recognised, created_at, updated_at, row_version)"
                + " VALUES (?, 'Bouw', 'bouw', 'LUIK', ?, ?, ?, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, number);
            insert.setString(2, String.join("|", subsectors));
            insert.setString(3, size);
            insert.setString(4, suitability);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (String subsector : subsectors) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO company_subsector (company_id, subsector) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, subsector);
                insert.executeUpdate();
            }
        }
        return id;
    }

    private static List<String> rows(DataSource database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT company_id, subsector, size_class, suitability FROM company_subsector"
                     + " ORDER BY company_id, subsector")) {
            while (r.next()) {
                rows.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
            }
        }
        return rows;
    }
}
