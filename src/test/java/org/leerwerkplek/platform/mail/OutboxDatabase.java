package org.leerwerkplek.platform.mail;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/** A migrated database for the outbox tests (see {@link MigratedDatabase}), emptied before each test. */
final class OutboxDatabase implements AutoCloseable {

    private final MigratedDatabase database;

    OutboxDatabase() throws SQLException {
        database = new MigratedDatabase("outbox");
    }

    DataSource dataSource() {
        return database.dataSource();
    }

    /** A connection in its own transaction (no auto-commit), as a caller's transaction would hold it. */
    Connection transaction() throws SQLException {
        return database.transaction();
    }

    /** Empties the outbox. */
    void clear() throws SQLException {
        database.execute("DELETE FROM outbox_mail");
    }

    long count(String where) throws SQLException {
        return database.count("SELECT COUNT(*) FROM outbox_mail WHERE " + where);
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
