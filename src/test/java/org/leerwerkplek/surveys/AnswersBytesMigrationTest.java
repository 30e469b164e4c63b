package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.persistence.DatabaseMigrator;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * Migration V39 keeps the answers text as its UTF-8 bytes, on in-memory Derby (and on PostgreSQL with
 * {@code -Dlwp.test.postgresql.url=...}, {@code .user}, {@code .password}, in a schema of its own):
 * responses stored at V37 as text (inline and long) read back the same through the store after V39,
 * each in the column its bytes fit.
 */
class AnswersBytesMigrationTest {

    @Test
    void everyStoredAnswersTextReadsBackTheSameAfterTheMoveToBytes() throws SQLException, IOException {
        DataSource database = MigratedDatabase.unmigrated("answers");
        DatabaseMigrator.migrate(database, "37");
        String ascii = "Q01\t\t2\t\t\nQ02\t\t\t\tvrije tekst\n";
        String accents = "Q01\t\t\t\tcrème brûlée, één € \\t\n";
        String manyBytes = "Q01\t\t\t\t" + "é".repeat(20_000) + "\n"; // fits the old text column, not 32,672 bytes
        String longText = "Q01\t\t\t\t" + "ö".repeat(40_000) + "\n"; // was in answers_long already
        long definition;
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO survey_definition (instrument_id, version, revision, content_hash, file_name, source,"
                    + " loaded_at) VALUES ('wgb', 1, 1, 'h', 'wgb.xlsx', 'x', CURRENT_TIMESTAMP)");
            try (ResultSet id = s.executeQuery("SELECT MAX(id) FROM survey_definition")) {
                id.next();
                definition = id.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO survey_response (definition_id, instrument_id,"
                    + " version, status, channel, language, created_at, updated_at, row_version, answers, answers_long)"
                    + " VALUES (?, 'wgb', 1, 'SUBMITTED', 'IMPORT', 'nl', ?, ?, 0, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.parse("2026-12-06T06:00:00Z"));
                for (String[] answers : new String[][] {{ascii, null}, {accents, null}, {manyBytes, null}, {null, longText},
                        {"", null}}) {
                    insert.setLong(1, definition);
                    insert.setTimestamp(2, now);
                    insert.setTimestamp(3, now);
                    insert.setString(4, answers[0]);
                    insert.setString(5, answers[1]);
                    insert.executeUpdate();
                }
            }
        }

        DatabaseMigrator.migrate(database);

        List<String> read = new ArrayList<>();
        new ResponseStore(database).ofVersion("wgb", 1, responses -> {
            responses.forEachRemaining(r -> read.add(r.getAnswers()));
            return null;
        });
        assertEquals(List.of(ascii, accents, manyBytes, longText, ""), read);
        assertEquals(List.of("inline", "inline", "long", "long", "inline"), where(database),
                "bytes up to 32,672 in answers, longer ones as text in answers_long");
    }

    private static List<String> where(DataSource database) throws SQLException {
        List<String> where = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT CASE WHEN answers IS NOT NULL AND answers_long IS NULL THEN 'inline'"
                     + " WHEN answers IS NULL AND answers_long IS NOT NULL THEN 'long' ELSE 'both or none' END"
                     + " FROM survey_response ORDER BY id")) {
            while (rows.next()) {
                where.add(rows.getString(1));
            }
        }
        return where;
    }
}
