package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * The stored columns on a migrated database (Derby in memory; PostgreSQL with
 * {@code -Dlwp.test.postgresql.url=...}): read back as written, and never replaced by columns of
 * an earlier point of the change counter (a slower node's).
 */
class ColumnSnapshotsTest {

    private static MigratedDatabase database;
    private static ColumnSnapshots snapshots;

    @BeforeAll
    static void migrate() throws SQLException {
        database = new MigratedDatabase("column_snapshots");
        snapshots = new ColumnSnapshots(database.dataSource(),
                Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void drop() throws SQLException {
        database.close();
    }

    @Test
    void columnsComeBackAsWrittenAndOnlyColumnsOfALaterPointReplaceThem() {
        byte[] large = new byte[3_000_000];
        new Random(17).nextBytes(large);
        assertTrue(snapshots.read("f1:wgb@all#x").isEmpty());

        assertTrue(snapshots.write("f1:wgb@all#x", 7, large));
        ColumnSnapshots.Stored stored = snapshots.read("f1:wgb@all#x").orElseThrow();
        assertEquals(7, stored.seq());
        assertArrayEquals(large, stored.packed());

        assertFalse(snapshots.write("f1:wgb@all#x", 5, new byte[] {5}), "an earlier point does not replace a later one");
        assertFalse(snapshots.write("f1:wgb@all#x", 7, new byte[] {7}), "nor does the same point");
        assertEquals(7, snapshots.read("f1:wgb@all#x").orElseThrow().seq());
        assertArrayEquals(large, snapshots.read("f1:wgb@all#x").orElseThrow().packed());

        assertTrue(snapshots.write("f1:wgb@all#x", 9, new byte[] {9}));
        assertArrayEquals(new byte[] {9}, snapshots.read("f1:wgb@all#x").orElseThrow().packed());
        assertTrue(snapshots.read("f1:wgb@2#x").isEmpty(), "each table key has its own columns");
    }
}
