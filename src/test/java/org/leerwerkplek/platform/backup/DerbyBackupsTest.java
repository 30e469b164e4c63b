package org.leerwerkplek.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditChainCheck;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.persistence.DatabaseMigrator;
import org.leerwerkplek.platform.testing.MutableClock;

/**
 * Online backups of a Derby database on disk: a backup taken while writers commit holds every row
 * committed before it started, restores into an empty data folder only, and keeps the audit
 * chain intact.
 */
class DerbyBackupsTest {

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T02:00:00Z"));

    @AfterEach
    void shutDown() {
        try {
            new EmbeddedDataSource() {{ setShutdownDatabase("shutdown"); setDatabaseName(""); }}.getConnection();
        } catch (SQLException expected) {
            // Derby answers every shutdown with an exception
        }
    }

    @Test
    void aBackupTakenUnderLoadHoldsEveryRowCommittedBeforeItAndRestoresWithAnIntactChain() throws Exception {
        EmbeddedDataSource live = derby(folder.resolve("data/derby"));
        DatabaseMigrator.migrate(live);
        AtomicLong committed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                try (Connection connection = live.getConnection()) {
                    connection.setAutoCommit(false);
                    AuditChainCheck.append(connection, List.of(new AuditEntry(Instant.now(), Actor.respondent(1),
                            AuditAction.UPDATE, "response", Long.toString(committed.get() + 1), List.of())));
                    connection.commit();
                    committed.incrementAndGet();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        writer.start();
        while (committed.get() < 50) {
            Thread.sleep(5);
        }

        long acknowledgedBefore = committed.get();
        BackupInfo backup;
        try (Connection connection = live.getConnection()) {
            backup = new DerbyBackups(folder.resolve("data/backups"), clock).create(connection);
        }
        stop.set(true);
        writer.join();

        assertTrue(backup.bytes() > 0);
        Path restoredData = folder.resolve("restored");
        DerbyRestore.restoreIfAsked(Optional.of(folder.resolve("data/backups").resolve(backup.name())),
                restoredData.resolve("derby"), restoredData);
        EmbeddedDataSource restored = derby(restoredData.resolve("derby"));
        try (Connection connection = restored.getConnection()) {
            long rows = count(connection);
            assertTrue(rows >= acknowledgedBefore, rows + " rows restored, " + acknowledgedBefore + " acknowledged before");
            assertTrue(AuditChainCheck.verify(connection).intact());
        }
        assertTrue(Files.exists(restoredData.resolve(DerbyRestore.MARKER)));
    }

    @Test
    void aRestoreNeverGoesOverADatabase() throws Exception {
        EmbeddedDataSource live = derby(folder.resolve("data/derby"));
        DatabaseMigrator.migrate(live);
        BackupInfo backup;
        try (Connection connection = live.getConnection()) {
            backup = new DerbyBackups(folder.resolve("data/backups"), clock).create(connection);
        }
        Path from = folder.resolve("data/backups").resolve(backup.name());

        InvalidSettingException refused = assertThrows(InvalidSettingException.class,
                () -> DerbyRestore.restoreIfAsked(Optional.of(from), folder.resolve("data/derby"), folder.resolve("data")));
        assertTrue(refused.getMessage().contains("LWP_RESTORE_FROM"), refused.getMessage());

        Path other = folder.resolve("other");
        DerbyRestore.restoreIfAsked(Optional.of(from), other.resolve("derby"), other);
        DerbyRestore.restoreIfAsked(Optional.of(from), other.resolve("derby"), other);
        assertTrue(Files.exists(other.resolve(DerbyRestore.UNRECORDED)), "the second start on it goes on");
        assertThrows(InvalidSettingException.class,
                () -> DerbyRestore.restoreIfAsked(Optional.of(folder.resolve("nothing-here")), other.resolve("x"), other));
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        EmbeddedDataSource live = derby(folder.resolve("data/derby"));
        DatabaseMigrator.migrate(live);
        DerbyBackups backups = new DerbyBackups(folder.resolve("data/backups"), clock);
        try (Connection connection = live.getConnection()) {
            for (int day = 0; day < 4; day++) {
                backups.create(connection);
                clock.advance(Duration.ofDays(1));
            }
        }

        assertEquals(List.of("20261205-020000", "20261204-020000"), backups.prune(2));
        assertEquals(List.of("20261207-020000", "20261206-020000"), backups.list().stream().map(BackupInfo::name).toList());
        assertTrue(backups.find("../data").isEmpty());
    }

    private static EmbeddedDataSource derby(Path path) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(path.toString());
        derby.setCreateDatabase("create");
        return derby;
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT COUNT(*) FROM audit_event")) {
            row.next();
            return row.getLong(1);
        }
    }
}
