package org.leerwerkplek.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/** The scan finds a text in any text column, long texts and any case included, and nothing else. */
class TraceScanTest {

    private static MigratedDatabase database;

    @BeforeAll
    static void migrate() throws Exception {
        database = new MigratedDatabase("traces");
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_mail (dedup_key, template, "
                     + "recipient, language, subject, body_text, body_html, status, attempts, next_attempt_at, created_at) "
                     + "VALUES (?, 't', ?, 'nl', 's', ?, '', 'SENT', 1, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.parse("2026-12-04T10:00:00Z"));
            insert.setString(1, "k1");
            insert.setString(2, "jan.peeters@bouw.be");
            insert.setString(3, "x".repeat(40_000) + " Beste Jan PEETERS_50%");
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
            insert.setString(1, "k2");
            insert.setString(2, "els@bouw.be");
            insert.setString(3, "Beste Els");
            insert.executeUpdate();
        }
        database.execute("INSERT INTO lwp_user (username, display_name, email, password_hash, enabled, failed_attempts, "
                + "created_at, row_version) VALUES ('jp', 'Jan Peeters', 'JAN.PEETERS@bouw.be', 'h', TRUE, 0, "
                + "CURRENT_TIMESTAMP, 0)");
    }

    @AfterAll
    static void drop() throws Exception {
        database.close();
    }

    @Test
    void findsEveryColumnHoldingTheTexts() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            List<TraceScan.Trace> traces = TraceScan.scan(connection, List.of("jan.peeters@bouw.be", "Jan Peeters"));

            assertEquals(List.of(new TraceScan.Trace("lwp_user", "display_name", 1),
                            new TraceScan.Trace("lwp_user", "email", 1),
                            new TraceScan.Trace("outbox_mail", "body_text", 1),
                            new TraceScan.Trace("outbox_mail", "recipient", 1)),
                    traces.stream().sorted(java.util.Comparator.comparing(TraceScan.Trace::table)
                            .thenComparing(TraceScan.Trace::column)).toList());
        }
    }

    @Test
    void likeCharactersInTheTextAreTakenLiterally() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            assertEquals(1, TraceScan.scan(connection, List.of("PEETERS_50%")).size());
            assertEquals(0, TraceScan.scan(connection, List.of("PEETERS_5%%")).size());
            assertEquals(0, TraceScan.scan(connection, List.of("nobody@nowhere.be", "ab")).size());
        }
    }
}
