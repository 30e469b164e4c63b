package org.leerwerkplek.platform.backup;

import java.time.Instant;

/** One backup in the backup folder: its name (the folder's), when it was taken and its size on disk. */
public record BackupInfo(String name, Instant takenAt, long bytes) {
}
