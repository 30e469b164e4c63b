package org.leerwerkplek.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Schema migration and the state of the database, for start-up, health and admins. */
@ApplicationScoped
public class DatabaseService {

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    public void migrate() throws SQLException {
        DatabaseMigrator.migrate(dataSource);
    }

    /** Whether the schema has never been migrated (a first start on an empty database); see {@link DatabaseMigrator#isUnmigrated}. */
    public boolean isUnmigrated() throws SQLException {
        return DatabaseMigrator.isUnmigrated(dataSource);
    }

    public SchemaStatus status() throws SQLException {
        return DatabaseMigrator.status(dataSource);
    }

    private static final Logger LOG = Logger.getLogger(DatabaseService.class.getName());

    /**
     * One daemon thread for the readiness check, without the caller's context: the health endpoint calls from
     * Payara's own web module, whose context a managed executor would carry over (and refuse: "module
     * disabled" when the application is not the root module). Only the data source is used on it.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "lwp-database-check");
        thread.setDaemon(true);
        return thread;
    });

    /** The check still waiting for the database, if one is: a new one waits for it instead of piling up. */
    private Future<Boolean> pending;

    /**
     * Whether a connection can be had and answers within {@code seconds}, all told: getting a connection
     * from an unreachable server can block for longer (the driver's connect timeout, the pool's wait), so
     * the check runs aside and counts as failed when it has not answered in time.
     */
    public boolean isReachable(int seconds) {
        Future<Boolean> check;
        synchronized (this) {
            if (pending == null || pending.isDone()) {
                pending = executor.submit(() -> answers(seconds));
            }
            check = pending;
        }
        try {
            return check.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private boolean answers(int seconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(seconds);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "The database does not answer", e);
            return false;
        }
    }
}
