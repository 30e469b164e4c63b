package org.leerwerkplek.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.leerwerkplek.platform.config.InvalidSettingException;

/**
 * Starting from a backup: with {@code lwp.restore-from} set, the backup is copied into the data
 * folder's database before the application's first connection (Derby's {@code createFrom}), and
 * the application starts on it. Only into a data folder without a database, so that a setting
 * forgotten in place can never roll a live database back: a later start on the restored folder
 * (the marker names the same backup) goes on normally, any other database stops the start.
 */
public final class DerbyRestore {

    /** Written into the data folder after a restore: which backup, and when. */
    public static final String MARKER = "restored-from.txt";
    /** Present until the restore is recorded in the audit trail (which needs the application). */
    public static final String UNRECORDED = "restore-not-yet-audited";

    private static final Logger LOG = Logger.getLogger(DerbyRestore.class.getName());

    private DerbyRestore() {
    }

    /**
     * Restores {@code backup} into {@code database} when that does not exist yet.
     *
     * @throws InvalidSettingException when the backup holds no Derby database, or the data folder
     *                                 already holds another database
     */
    public static void restoreIfAsked(Optional<Path> backup, Path database, Path dataDir) {
        if (backup.isEmpty()) {
            return;
        }
        Path from = backup.get().toAbsolutePath().normalize();
        Path source = DerbyBackups.databaseFolder(from).orElseThrow(() -> new InvalidSettingException(
                BackupSettings.RESTORE_FROM, from.toString(), "a backup folder made by Leerwerkplek (data/backups/...)"));
        Path marker = dataDir.resolve(MARKER);
        if (Files.exists(database)) {
            if (restoredFrom(marker).filter(from.toString()::equals).isPresent()) {
                LOG.warning(() -> "The database was restored from " + from + " at an earlier start; "
                        + "remove " + BackupSettings.RESTORE_FROM + " from the settings.");
                return;
            }
            throw new InvalidSettingException(BackupSettings.RESTORE_FROM, from.toString(),
                    "a restore into a data folder without a database: " + database
                            + " exists; start with another data folder (LWP_DATA_DIR) or move it away first");
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(database.toString());
        derby.setConnectionAttributes("createFrom=" + source);
        try (Connection restored = derby.getConnection()) {
            restored.isValid(5);
        } catch (SQLException e) {
            throw new InvalidSettingException(BackupSettings.RESTORE_FROM, from.toString(),
                    "a readable Derby backup (" + e.getMessage() + ")");
        }
        try {
            Files.createDirectories(dataDir);
            Files.writeString(marker, from + "\n" + Instant.now() + "\n", StandardCharsets.UTF_8);
            Files.writeString(dataDir.resolve(UNRECORDED), from + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Restored, but cannot write " + marker, e);
        }
        LOG.warning(() -> "Restored the database " + database + " from the backup " + from + ".");
    }

    private static Optional<String> restoredFrom(Path marker) {
        try {
            return Files.exists(marker) ? Files.readAllLines(marker, StandardCharsets.UTF_8).stream().findFirst()
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
