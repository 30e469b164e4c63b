package org.leerwerkplek.platform.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.config.PlatformSettings;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.persistence.DatabaseTarget;

/**
 * Backups of the embedded Derby database, taken online (respondents keep answering), by an admin
 * or daily, into the backup folder; the newest {@code lwp.backup.keep} are kept. PostgreSQL is
 * backed up with its own tools ({@code pg_dump}, see the README), so this says it does not apply.
 */
@ApplicationScoped
public class BackupService {

    static final String OBJECT = "backup";
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private DataSource dataSource;
    private PlatformSettings platform;
    private AuditLog audit;
    private Clock clock;
    private BackupSettings settings;
    private DerbyBackups backups;
    private final ReentrantLock running = new ReentrantLock();

    /** For the CDI proxy only. */
    protected BackupService() {
    }

    @Inject
    public BackupService(PlatformSettings platform, AuditLog audit, Clock clock) {
        this.platform = platform;
        this.audit = audit;
        this.clock = clock;
    }

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void init() {
        Config config = ConfigProvider.getConfig(BackupService.class.getClassLoader());
        settings = BackupSettings.from(key -> config.getOptionalValue(key, String.class), platform.dataDir());
        backups = new DerbyBackups(settings.directory(), clock);
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Whether this product takes the backups: embedded Derby yes, PostgreSQL no (pg_dump). */
    public boolean isSupported() {
        return DatabaseTarget.of(platform).kind() == DatabaseTarget.Kind.DERBY;
    }

    /** Takes a backup now, by the signed-in admin, outside any transaction so it is consistent as of its start. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BackupInfo backupNow() {
        return backup(null);
    }

    /** Takes the daily backup, by the product. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BackupInfo scheduledBackup() {
        return backup(Actor.system("backup"));
    }

    private BackupInfo backup(Actor actor) {
        if (!isSupported()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "backup.postgresql");
        }
        if (!running.tryLock()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "backup.busy");
        }
        try {
            BackupInfo made;
            try (Connection connection = dataSource.getConnection()) {
                made = backups.create(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("The backup into " + settings.directory() + " failed: " + e.getMessage(), e);
            }
            List<String> removed = backups.prune(settings.keep());
            if (actor == null) {
                audit.record(AuditAction.BACKUP, OBJECT, made.name(), List.of());
            } else {
                audit.record(actor, AuditAction.BACKUP, OBJECT, made.name(), List.of());
            }
            LOG.info(() -> "Backup " + made.name() + " (" + made.bytes() / 1024 + " KB) in " + settings.directory()
                    + (removed.isEmpty() ? "" : "; removed the older " + removed));
            return made;
        } finally {
            running.unlock();
        }
    }

    /** The backups, newest first. */
    public List<BackupInfo> list() {
        return isSupported() ? backups.list() : List.of();
    }

    /** Records in the audit trail a restore made at this start (see {@link DerbyRestore}). */
    @Transactional
    public void recordRestore() {
        Path unrecorded = platform.dataDir().resolve(DerbyRestore.UNRECORDED);
        if (!Files.exists(unrecorded)) {
            return;
        }
        try {
            String from = Files.readString(unrecorded, StandardCharsets.UTF_8).strip();
            audit.record(Actor.system("restore"), AuditAction.RESTORE, OBJECT, Path.of(from).getFileName().toString(),
                    List.of());
            Files.delete(unrecorded);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot record the restore in the audit trail", e);
        }
    }
}
