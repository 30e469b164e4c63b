package org.leerwerkplek.surveys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/** Rows written in plain SQL under an older schema, for the tests of a migration of {@code survey_response}. */
final class OldResponseRows {

    private OldResponseRows() {
    }

    /** A definition of instrument {@code wgb}; its id. */
    static long definition(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO survey_definition (instrument_id, version, revision, content_hash, file_name, source,"
                    + " loaded_at) VALUES ('wgb', 1, 1, 'h', 'wgb.xlsx', 'x', CURRENT_TIMESTAMP)");
            try (ResultSet id = s.executeQuery("SELECT MAX(id) FROM survey_definition")) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** A link response of {@code wgb} with every column set (answers as bytes or as long text); its id. */
    static long insert(Connection c, long definition, String token, String status, Long changeSeq, byte[] answers,
                       String answersLong) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO survey_response (definition_id, instrument_id,"
                + " version, token_hash, status, channel, language, current_section, entered_by, created_at, updated_at,"
                + " submitted_at, row_version, opened_at, closes_at, change_seq, answers, answers_long)"
                + " VALUES (?, 'wgb', 1, ?, ?, 'LINK', 'nl', 'intro', 'ann', ?, ?, ?, 3, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Timestamp at = Timestamp.from(Instant.parse("2026-12-06T21:00:00.123Z"));
            insert.setLong(1, definition);
            insert.setString(2, token);
            insert.setString(3, status);
            insert.setTimestamp(4, at);
            insert.setTimestamp(5, at);
            insert.setTimestamp(6, "SUBMITTED".equals(status) ? at : null);
            insert.setTimestamp(7, at);
            insert.setTimestamp(8, Timestamp.from(Instant.parse("2026-12-20T00:00:00Z")));
            insert.setObject(9, changeSeq, java.sql.Types.BIGINT);
            insert.setBytes(10, answers);
            insert.setString(11, answersLong);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }
}
