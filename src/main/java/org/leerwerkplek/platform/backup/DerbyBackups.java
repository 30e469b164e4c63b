package org.leerwerkplek.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Online backups of an embedded Derby database into a folder of dated subfolders. Derby's
 * {@code SYSCS_BACKUP_DATABASE} copies the database while transactions go on and gives a copy as
 * of one moment: every transaction committed before the backup started is in it.
 */
public final class DerbyBackups {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern BACKUP_NAME = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");

    private final Path directory;
    private final Clock clock;

    public DerbyBackups(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Backs up the database of {@code connection} into a new subfolder named after the time (UTC). */
    public BackupInfo create(Connection connection) throws SQLException {
        Instant now = clock.instant();
        Path target;
        try {
            Files.createDirectories(directory);
            target = directory.resolve(NAME.format(now));
            for (int n = 2; Files.exists(target); n++) {
                target = directory.resolve(NAME.format(now) + "-" + n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + directory, e);
        }
        try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toAbsolutePath().toString());
            backup.execute();
        }
        return info(target).orElseThrow(() -> new SQLException("The backup left no database in " + directory));
    }

    /** The backups, newest first. */
    public List<BackupInfo> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(p -> BACKUP_NAME.matcher(p.getFileName().toString()).matches())
                    .map(DerbyBackups::info).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupInfo::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup folder " + directory, e);
        }
    }

    /** Removes all but the newest {@code keep} backups; the names removed. */
    public List<String> prune(int keep) {
        List<BackupInfo> all = list();
        List<String> removed = new ArrayList<>();
        for (BackupInfo old : all.subList(Math.min(keep, all.size()), all.size())) {
            deleteTree(directory.resolve(old.name()));
            removed.add(old.name());
        }
        return removed;
    }

    /** The backup named {@code name}, if there is one (the name is checked, never a path). */
    public Optional<Path> find(String name) {
        if (name == null || !BACKUP_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path backup = directory.resolve(name);
        return Files.isDirectory(backup) ? Optional.of(backup) : Optional.empty();
    }

    /**
     * The database folder inside a backup: the one subfolder holding {@code service.properties}
     * (Derby names it after the database), or {@code backup} itself when it is that folder.
     */
    public static Optional<Path> databaseFolder(Path backup) {
        if (Files.isRegularFile(backup.resolve("service.properties"))) {
            return Optional.of(backup);
        }
        if (!Files.isDirectory(backup)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(backup)) {
            List<Path> databases = children.filter(p -> Files.isRegularFile(p.resolve("service.properties"))).toList();
            return databases.size() == 1 ? Optional.of(databases.get(0)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + backup, e);
        }
    }

    private static Optional<BackupInfo> info(Path backup) {
        Optional<Path> database = databaseFolder(backup);
        if (database.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(backup)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
            Instant taken = Files.readAttributes(database.get().resolve("service.properties"), BasicFileAttributes.class)
                    .lastModifiedTime().toInstant();
            return Optional.of(new BackupInfo(backup.getFileName().toString(), taken, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + backup, e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the old backup " + root, e);
        }
    }
}
