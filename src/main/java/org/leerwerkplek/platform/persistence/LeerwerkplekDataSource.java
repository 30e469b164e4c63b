package org.leerwerkplek.platform.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.leerwerkplek.platform.backup.BackupSettings;
import org.leerwerkplek.platform.backup.DerbyRestore;
import org.leerwerkplek.platform.StartupFailure;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.PlatformSettings;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's data source class, named in {@link DataSourceSetup}. The container pools it;
 * it delegates to Derby's or PostgreSQL's own data source as the settings say, so the database
 * is switched by configuration alone. A connection that fails carries the setting to check; when
 * not even the first connection of the process can be had, the start fails with that one line.
 */
public class LeerwerkplekDataSource implements DataSource {

    private static volatile boolean everConnected;

    private volatile DataSource delegate;
    private volatile DatabaseTarget target;

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    PlatformSettings settings = SettingsProducer.current();
                    target = DatabaseTarget.of(settings);
                    delegate = create(target, settings);
                }
                current = delegate;
            }
        }
        return current;
    }

    /**
     * Embedded Derby's settings unless given as {@code -D}: four times the default log buffer (a
     * quarter of the synchronous log writes under batched inserts) and a page cache of 10,000 pages
     * instead of 1000. Scheduling 100,000 invitations in one batch took half the time with them
     * (BENCHMARKS.md). Identity values are taken 1,000 at a time instead of 100: Derby commits and
     * forces its log in a nested transaction each time it takes more (seen in the course run's
     * profile under the outbox's batched inserts); a crash leaves a gap in the ids, nothing else.
     */
    private static final Map<String, String> DERBY_DEFAULTS = Map.of(
            "derby.storage.logBufferSize", "131072",
            "derby.storage.pageCacheSize", "10000",
            "derby.language.sequence.preallocator", "1000");

    private static DataSource create(DatabaseTarget target, PlatformSettings settings) {
        if (target.kind() == DatabaseTarget.Kind.POSTGRESQL) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(target.url());
            target.user().ifPresent(pg::setUser);
            target.password().ifPresent(pg::setPassword);
            pg.setConnectTimeout(10);
            return pg;
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            settings.dataDir().toFile().mkdirs();
            System.setProperty("derby.stream.error.file", settings.dataDir().resolve("derby.log").toString());
        }
        DERBY_DEFAULTS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        String name = target.derbyName().orElseThrow();
        if (!name.startsWith("memory:")) {
            Config config = ConfigProvider.getConfig(LeerwerkplekDataSource.class.getClassLoader());
            DerbyRestore.restoreIfAsked(BackupSettings.from(key -> config.getOptionalValue(key, String.class),
                    settings.dataDir()).restoreFrom(), Path.of(name), settings.dataDir());
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(name);
        derby.setCreateDatabase("create");
        target.user().ifPresent(derby::setUser);
        target.password().ifPresent(derby::setPassword);
        return derby;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource ds;
        try {
            ds = delegate();
        } catch (InvalidSettingException e) {
            StartupFailure.exit(e.getMessage());
            throw new SQLException(e.getMessage(), "08001", e);
        }
        try {
            return connected(ds.getConnection());
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return connected(delegate().getConnection(username, password));
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private static Connection connected(Connection connection) {
        everConnected = true;
        return connection;
    }

    private SQLException unreachable(SQLException cause) {
        SQLException explained = explain(cause);
        if (!everConnected) {
            StartupFailure.exit(explained.getMessage());
        }
        return explained;
    }

    private SQLException explain(SQLException cause) {
        String message = "Cannot connect to the database " + target.safeUrl() + ": " + firstLine(cause)
                + " Check " + PlatformSettings.DB_URL + " (" + InvalidSettingException.environmentName(PlatformSettings.DB_URL)
                + "), " + PlatformSettings.DB_USER + " and " + PlatformSettings.DB_PASSWORD
                + (target.kind() == DatabaseTarget.Kind.DERBY ? " or the data folder " + PlatformSettings.DATA_DIR : "")
                + ".";
        return new SQLException(message, cause.getSQLState(), cause.getErrorCode(), cause);
    }

    /** The first line of the innermost database message, which names the actual problem. */
    private static String firstLine(SQLException e) {
        Throwable innermost = e;
        for (Throwable next = e; next != null; ) {
            if (next instanceof SQLException || innermost == e) {
                innermost = next.getMessage() == null ? innermost : next;
            }
            Throwable chained = next instanceof SQLException sql && sql.getNextException() != null
                    ? sql.getNextException() : next.getCause();
            next = chained == next ? null : chained;
        }
        String text = String.valueOf(innermost.getMessage()).strip();
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline);
        return text.endsWith(".") ? text : text + ".";
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
