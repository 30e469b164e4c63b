package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.persistence.DatabaseMigrator;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * Migration V48 writes {@code survey_response} again into 32 KB pages on Derby (and leaves it as it
 * is on PostgreSQL, with {@code -Dlwp.test.postgresql.url=...}): every row keeps every value and its
 * id, new rows get ids after the highest, and the keys hold as before.
 */
class ResponsePagesMigrationTest {

    private static final String TOKEN = "a".repeat(64);
    private static final String COLUMNS = "id, definition_id, instrument_id, version, token_hash, status, channel,"
            + " language, current_section, entered_by, created_at, updated_at, submitted_at, row_version, opened_at,"
            + " closes_at, change_seq, answers_long, answers";

    @Test
    void everyRowKeepsItsValuesAndIdAndTheKeysHold() throws SQLException {
        DataSource database = MigratedDatabase.unmigrated("response_pages");
        DatabaseMigrator.migrate(database, "47");
        long link;
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            long definition = OldResponseRows.definition(c);
            link = OldResponseRows.insert(c, definition, TOKEN, "PARTIAL", null, "Q1\t\tA\t\t\n".getBytes(StandardCharsets.UTF_8), null);
            OldResponseRows.insert(c, definition, null, "SUBMITTED", 4L, "Q1\t\tB\t\t\n".getBytes(StandardCharsets.UTF_8), null);
            OldResponseRows.insert(c, definition, null, "SUBMITTED", null, null, "Q2\t\t\t\t" + "x".repeat(40_000) + "\n");
            s.execute("DELETE FROM survey_response WHERE id = " + (link + 1)); // a gap: ids are kept, not renumbered
            OldResponseRows.insert(c, definition, null, "SUBMITTED", null, new byte[0], null);
        }
        List<String> before = rows(database);

        DatabaseMigrator.migrate(database);

        assertEquals(before, rows(database));
        ResponseStore store = new ResponseStore(database);
        assertEquals(link, store.findByTokenHash(TOKEN).orElseThrow().getId());
        assertEquals(Map.of(TOKEN, link), store.idsByTokenHash(List.of(TOKEN, "b".repeat(64))));
        long highest = Long.parseLong(before.get(before.size() - 1).split("\\|")[0]);
        long next = store.insert(new SurveyResponse(1L, "wgb", 1, "c".repeat(64), ResponseChannel.LINK, "nl", "intro",
                null, Instant.parse("2026-12-07T00:00:00Z")));
        assertTrue(next > highest, next + " after " + highest);
        assertThrows(RuntimeException.class, () -> store.insert(new SurveyResponse(1L, "wgb", 1, TOKEN,
                ResponseChannel.LINK, "nl", "intro", null, Instant.parse("2026-12-07T00:00:00Z"))), "a token opens one response");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            SQLException duplicate = assertThrows(SQLException.class, () -> insertWithId(c, next));
            assertEquals("23505", duplicate.getSQLState(), "the primary key holds");
            if (c.getMetaData().getDatabaseProductName().startsWith("Apache Derby")) {
                try (ResultSet pages = s.executeQuery("SELECT t.pagesize FROM sys.systables st,"
                        + " TABLE (SYSCS_DIAG.SPACE_TABLE(st.tablename)) AS t WHERE st.tablename = 'SURVEY_RESPONSE'"
                        + " AND t.isindex = 0")) {
                    assertTrue(pages.next());
                    assertEquals(32_768, pages.getInt(1));
                }
            }
        }
    }

    private static List<String> rows(DataSource database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT " + COLUMNS + " FROM survey_response ORDER BY id")) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder values = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = i == columns ? row.getBytes(i) : i == columns - 1 ? row.getString(i) : row.getObject(i);
                    values.append(i == 1 ? "" : "|").append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
                }
                rows.add(values.toString());
            }
        }
        assertEquals(3, rows.size());
        return rows;
    }

    private static void insertWithId(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO survey_response (id, definition_id, instrument_id, version, status, channel, language,"
                    + " created_at, updated_at, row_version) VALUES (" + id + ", 1, 'wgb', 1, 'PARTIAL', 'PAPER', 'nl',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        }
    }
}
