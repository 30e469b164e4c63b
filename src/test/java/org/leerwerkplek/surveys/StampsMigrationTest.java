package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.persistence.DatabaseMigrator;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * Migration V47 moves change stamps out of {@code survey_response}'s indexes into a table of their
 * own, on in-memory Derby (and on PostgreSQL with {@code -Dlwp.test.postgresql.url=...}): a reader
 * that had come to a change still finds the responses stamped after it, but none from before the
 * last change in bulk, and a link still opens its response.
 */
class StampsMigrationTest {

    private static final String TOKEN = "a".repeat(64);

    @Test
    void stampsAfterTheLastFullReadAreKeptAndLinksStillOpenTheirResponses() throws SQLException {
        DataSource database = MigratedDatabase.unmigrated("stamps_apart");
        DatabaseMigrator.migrate(database, "46");
        long link;
        long stampedBefore;
        long stampedAfter;
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            long definition = OldResponseRows.definition(c);
            link = OldResponseRows.insert(c, definition, TOKEN, "PARTIAL", null, null, null);
            stampedBefore = OldResponseRows.insert(c, definition, null, "SUBMITTED", 3L, null, null);
            stampedAfter = OldResponseRows.insert(c, definition, null, "SUBMITTED", 7L, null, null);
            OldResponseRows.insert(c, definition, null, "SUBMITTED", null, null, null);
            s.execute("INSERT INTO survey_response_change (instrument_id, seq, rebuild_seq) VALUES ('wgb', 7, 5)");
        }

        DatabaseMigrator.migrate(database);

        ResponseStore store = new ResponseStore(database);
        assertEquals(link, store.findByTokenHash(TOKEN).orElseThrow().getId());
        assertEquals(Map.of(TOKEN, link), store.idsByTokenHash(List.of(TOKEN, "b".repeat(64))));
        List<Long> changed = new ArrayList<>();
        store.forEachChangedSince("wgb", 5, row -> changed.add(row.id()));
        assertEquals(List.of(stampedAfter), changed, "stamp 3 is below the full read at 5; stamp 7 is after it");
        assertTrue(stampedBefore < stampedAfter);
        assertTrue(store.replaceAnswers(stampedBefore, "", Instant.parse("2026-12-07T00:00:00Z")));
        changed.clear();
        store.forEachChangedSince("wgb", 7, row -> changed.add(row.id()));
        assertEquals(List.of(stampedBefore), changed, "a stamp written after the migration");
    }
}
