package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * Migration V15 turns the free-text owners of support actions into accounts, on in-memory Derby
 * (and on PostgreSQL with {@code -Dlwp.test.postgresql.url=...}, {@code .user}, {@code .password},
 * in a schema of its own): the database is brought to V13 with actions as they were, then to V15.
 */
class ActionOwnerMigrationTest {

    @Test
    void ownersThatNameAnAccountBecomeItAndOtherTextsAreKeptAsANote() throws SQLException {
        DataSource database = MigratedDatabase.unmigrated("owners");
        migrate(database, "13");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO lwp_user (username, display_name, password_hash, enabled, failed_attempts, created_at, row_version)"
                    + " VALUES ('adv1', 'Anna Adviseur', 'x', TRUE, 0, CURRENT_TIMESTAMP, 0),"
                    + " ('adv2', 'Bert Bouwman', 'x', TRUE, 0, CURRENT_TIMESTAMP, 0),"
                    + " ('adv3', 'Bert Bouwman', 'x', TRUE, 0, CURRENT_TIMESTAMP, 0)");
            long advised = company(c, "0403170701", "adv2");
            long unadvised = company(c, "1234567894", null);
            long visit = visit(c, advised);
            long otherVisit = visit(c, unadvised);
            action(c, advised, visit, "A", "adv1");
            action(c, advised, visit, "B", " ADV1 ");
            action(c, advised, visit, "C", "anna adviseur");
            action(c, advised, visit, "D", "Bert Bouwman");
            action(c, advised, visit, "E", "de zaakvoerder");
            action(c, unadvised, otherVisit, "F", "Jef");
        }

        migrate(database, "15");

        assertEquals(List.of(
                "A|adv1|null", "B|adv1|null", "C|adv1|null",
                "D|adv2|Bert Bouwman", "E|adv2|de zaakvoerder", "F|null|Jef"), actions(database),
                "a user name or the display name of exactly one account becomes that account; any other text is kept"
                        + " as a note and the company's advisor (when it has one) owns the action");
    }

    private static long company(Connection c, String number, String advisor) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO company (enterprise_number, name, search_name,"
                + " province, subsector_codes, recognised, advisor, phase, created_at, updated_at, row_version)"
                + " VALUES (?, 'Bouw', 'bouw', 'LUIK', '', FALSE, ?, 'WERVING_WERKGEVER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, number);
            insert.setString(2, advisor);
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static long visit(Connection c, long company) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO company_visit (company_id, visit_date, advisor,"
                + " response_id, incomplete_sections, completed, created_at, updated_at, updated_by, row_version)"
                + " VALUES (?, CURRENT_DATE, 'adv1', 1, '', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'adv1', 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, company);
            insert.executeUpdate();
            return key(insert);
        }
    }

    private static void action(Connection c, long company, long visit, String form, String owner) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO support_action (company_id, visit_id, support_form,"
                + " owner, due_date, status, decided_by, decided_at, row_version)"
                + " VALUES (?, ?, ?, ?, CURRENT_DATE, 'OPEN', 'adv1', CURRENT_TIMESTAMP, 0)")) {
            insert.setLong(1, company);
            insert.setLong(2, visit);
            insert.setString(3, form);
            insert.setString(4, owner);
            insert.executeUpdate();
        }
    }

    private static long key(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static List<String> actions(DataSource database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT support_form, owner, owner_note FROM support_action ORDER BY support_form")) {
            while (r.next()) {
                rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3));
            }
        }
        return rows;
    }

    private static void migrate(DataSource database, String target) throws SQLException {
        String product;
        try (Connection c = database.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        Flyway.configure(ActionOwnerMigrationTest.class.getClassLoader())
                .dataSource(database)
                .locations("classpath:db/migration")
                .placeholders(Map.of("long_text", product.toLowerCase(Locale.ROOT).contains("postgres") ? "TEXT" : "CLOB"))
                .target(target)
                .load()
                .migrate();
    }
}
